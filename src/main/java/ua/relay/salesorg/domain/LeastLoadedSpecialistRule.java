package ua.relay.salesorg.domain;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import ua.relay.salesorg.Assignment;

/**
 * The specialist of the stage's tier who holds the fewest companies there; ties go by name in
 * Ukrainian alphabetical order, so the choice is the same on every instance.
 */
public class LeastLoadedSpecialistRule implements AssignmentRule {

	private static final Collator UKRAINIAN = Collator.getInstance(Locale.forLanguageTag("uk"));

	@Override
	public Optional<Assignment> choose(AssignmentRequest request) {
		return request.specialists()
			.stream()
			.min(Comparator.comparingInt(Candidate::load)
				.thenComparing(Candidate::fullName, UKRAINIAN)
				.thenComparing(c -> c.id().value()))
			.map(c -> new Assignment(c.id(), "reason.three-tier-least-loaded|" + request.stage() + "|" + c.load()));
	}

}
