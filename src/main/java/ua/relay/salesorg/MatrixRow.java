package ua.relay.salesorg;

import java.util.Map;

import ua.relay.party.CompanyId;

/**
 * One company's line of the responsibility matrix. {@code threeTier} is who answers at each stage as
 * recorded; {@code classicOwner} is who would carry it through every stage in the classic model: the
 * employee who found it.
 */
public record MatrixRow(CompanyId companyId, String companyName, Map<Tier, String> threeTier, String classicOwner) {

	public String at(Tier stage) {
		return threeTier.get(stage);
	}

	/** The furthest stage the company has reached. */
	public Tier reached() {
		return threeTier.containsKey(Tier.AM) ? Tier.AM : threeTier.containsKey(Tier.LC) ? Tier.LC : Tier.LG;
	}

}
