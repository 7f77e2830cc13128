package ua.relay.prospecting;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.prospecting.domain.ProspectException;
import ua.relay.prospecting.domain.ProspectRepository;
import ua.relay.salesorg.EmployeeId;

/**
 * Tier 2 turned a hand-over down. Called in tier 2's transaction, so the rejection and the prospect's
 * return happen together or not at all: the prospect goes back to its caller with the reason (or is
 * disqualified), and the hand-over is marked rejected, so the caller's "accepted" never counts it.
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
		var prospect = prospects.findById(prospectId).orElseThrow(() -> ProspectException.notFound(prospectId));
		prospect.returnFromTierTwo(caller, reason, disqualified, at);
		prospects.update(prospect);
		credits.rejected(handOverId, reason, at);
	}

}
