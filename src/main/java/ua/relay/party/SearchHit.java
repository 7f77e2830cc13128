package ua.relay.party;

import java.util.Objects;
import java.util.UUID;

/**
 * One thing a search found and the reader may open: what kind it is, the company it belongs to, its own
 * id (the client's, the deal's, the invoice's), a title and a line that tells it apart, and where it opens.
 */
public record SearchHit(Kind kind, UUID companyId, UUID recordId, String title, String detail, String path) {

	/** The kinds in the order the results list them. */
	public enum Kind {

		CLIENT, DEAL, LEAD, PROSPECT, INVOICE, QUOTE

	}

	public SearchHit {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(title, "title");
	}

}
