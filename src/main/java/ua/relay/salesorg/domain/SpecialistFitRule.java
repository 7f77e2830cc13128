package ua.relay.salesorg.domain;

import java.util.Comparator;
import java.util.Optional;

import ua.relay.salesorg.Assignment;

/**
 * Tier 3's first say: a new client goes to an account manager who specialises in companies like it
 * (its industry, size band, region, as the head set them), the one carrying least for their capacity.
 * Abstains when no specialist fits, leaving the client to the least loaded of all.
 */
public class SpecialistFitRule implements AssignmentRule {

	private static final Comparator<Candidate> LIGHTEST = ((Comparator<Candidate>) (a, b) -> Long
		.compare((long) a.load() * Math.max(1, b.capacity()), (long) b.load() * Math.max(1, a.capacity())))
		.thenComparing(c -> c.id().value());

	@Override
	public Optional<Assignment> choose(AssignmentRequest request) {
		return request.specialists()
			.stream()
			.filter(c -> c.present() && !c.serves().isGeneral() && c.serves().fits(request.company()))
			.min(LIGHTEST)
			.map(c -> new Assignment(c.id(), "reason.specialist-fit|" + request.stage() + "|" + c.load()));
	}

}
