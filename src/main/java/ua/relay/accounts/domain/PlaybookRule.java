package ua.relay.accounts.domain;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One rule of the account managers' playbook: which clients it is for (every condition left empty
 * matches any) and what to do and say. Rules are tried in order; the first that fits gives the advice.
 */
public record PlaybookRule(UUID id, int position, String name, String industry, String sizeBand, Integer minDaysSince,
		Integer maxDaysSince, String boughtContains, Integer minOrdersPerYear, String action, String talkingPoints) {

	public PlaybookRule {
		if (name == null || name.isBlank() || action == null || action.isBlank() || talkingPoints == null) {
			throw ua.relay.platform.DomainException.invalid("playbook.incomplete",
					"A playbook rule has a name, an action and talking points");
		}
		if (minDaysSince != null && maxDaysSince != null && minDaysSince > maxDaysSince) {
			throw ua.relay.platform.DomainException.invalid("playbook.days",
					"The days since the last purchase run from a smaller to a larger number");
		}
	}

	/** What the rules look at in a client. */
	public record ClientFacts(String industry, String sizeBand, long daysSinceLast, List<String> bought,
			double ordersPerYear) {
	}

	public boolean fits(ClientFacts client) {
		return same(industry, client.industry()) && same(sizeBand, client.sizeBand())
				&& (minDaysSince == null || client.daysSinceLast() >= minDaysSince)
				&& (maxDaysSince == null || client.daysSinceLast() <= maxDaysSince)
				&& (boughtContains == null || client.bought().stream().anyMatch(b -> lower(b).contains(lower(boughtContains))))
				&& (minOrdersPerYear == null || client.ordersPerYear() >= minOrdersPerYear);
	}

	private static boolean same(String wanted, String actual) {
		return wanted == null || (actual != null && lower(wanted).equals(lower(actual)));
	}

	private static String lower(String text) {
		return text.strip().toLowerCase(Locale.forLanguageTag("uk"));
	}

}
