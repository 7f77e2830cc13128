package ua.relay.routing;

import java.util.List;

import ua.relay.party.CompanyId;
import ua.relay.salesorg.Tier;

/**
 * What a tier knows about a caller, for the card that pops up when their call is routed: each module that
 * keeps something about companies contributes its lines (routing cannot depend on them, they depend on it).
 * {@code tier} is the tier of the employee who takes the call: a section shows only what that tier may see.
 */
public interface CallerCardSection {

	List<CardLine> lines(CompanyId company, Tier tier);

}
