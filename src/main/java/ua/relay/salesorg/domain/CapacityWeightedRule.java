package ua.relay.salesorg.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import ua.relay.salesorg.Assignment;

/**
 * Tier 2's distribution: the lead goes to the closer who carries the least for what they can carry
 * (load ÷ capacity), so over time each receives in proportion to their capacity. Among equals, the one
 * who waited longest since their last lead (a new colleague, who never had one, first): a fair round
 * robin in which nobody starves. Closers on a day off or with no capacity get nothing; those on shift
 * now go before those who are not, who are chosen only when nobody is on shift (the lead waits for
 * them in their inbox).
 */
public class CapacityWeightedRule implements AssignmentRule {

	private static final Comparator<Candidate> LIGHTEST = ((Comparator<Candidate>) (a, b) -> Long
		.compare((long) a.load() * b.capacity(), (long) b.load() * a.capacity()))
		.thenComparing(Candidate::lastAssignedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
		.thenComparing(c -> c.id().value());

	@Override
	public Optional<Assignment> choose(AssignmentRequest request) {
		List<Candidate> able = request.specialists().stream().filter(c -> c.present() && c.capacity() > 0).toList();
		boolean anyOnShift = able.stream().anyMatch(Candidate::onShift);
		return able.stream()
			.filter(c -> c.onShift() || !anyOnShift)
			.min(LIGHTEST)
			.map(c -> new Assignment(c.id(), (c.onShift() ? "reason.capacity-weighted|" : "reason.capacity-weighted-off-shift|")
					+ request.stage() + "|" + c.load() + "|" + c.capacity()));
	}

}
