package ua.relay.prospecting;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.prospecting.domain.ProspectRepository;
import ua.relay.salesorg.EmployeeId;

/**
 * What tier 2 gives back to tier 1, called in tier 2's transaction so both happen or neither: a rejected
 * hand-over goes back to its caller with the reason (or is disqualified) and is marked rejected, so the
 * caller's "accepted" never counts it; a lost deal's company is due again on the day to re-contact it.
 * A lead that did not come from tier 1's queue (an inbound caller, a web form) has no prospect to return.
 */
@Service
public class TierTwoReturns {

	private final ProspectRepository prospects;

	private final HandOverCredits credits;

	TierTwoReturns(ProspectRepository prospects, HandOverCredits credits) {
		this.prospects = prospects;
		this.credits = credits;
	}

	@Transactional
	public void rejected(UUID handOverId, ProspectId prospectId, EmployeeId caller, String reason, boolean disqualified,
			Instant at) {
		prospects.findById(prospectId).ifPresent(prospect -> {
			prospect.returnFromTierTwo(caller, reason, disqualified, at);
			prospects.update(prospect);
		});
		credits.rejected(handOverId, reason, at);
	}

	/** Tier 2 lost the deal: the company is due in tier 1 again from {@code recontactAt}. */
	@Transactional
	public void lost(ProspectId prospectId, String reason, Instant recontactAt) {
		prospects.findById(prospectId).ifPresent(prospect -> {
			prospect.returnAfterLostDeal(reason, recontactAt);
			prospects.update(prospect);
		});
	}

}
