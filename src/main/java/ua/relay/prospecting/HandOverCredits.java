package ua.relay.prospecting;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.platform.SqlTime;

/**
 * What became of tier 1's hand-overs in tier 2. Tier 2 reports here, in its own transaction, when a
 * lead is accepted and when it turns into a first sale: the caller's numbers count those, not just
 * the leads passed on.
 */
@Service
public class HandOverCredits {

	private final JdbcClient jdbc;

	HandOverCredits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void handedOver(LeadHandedOver event) {
		jdbc.sql("""
				insert into prospecting_hand_over (id, prospect_id, caller_id, urgent, handed_over_at)
				values (?, ?, ?, ?, ?)
				""")
			.params(event.handOverId(), event.prospectId().value(), event.caller().value(), event.urgent(),
					SqlTime.of(event.handedOverAt()))
			.update();
	}

	/** Tier 2 accepted the lead of this hand-over. */
	@Transactional
	public void accepted(UUID handOverId, Instant at) {
		jdbc.sql("update prospecting_hand_over set accepted_at = ? where id = ? and accepted_at is null")
			.params(SqlTime.of(at), handOverId)
			.update();
	}

	/** Tier 2 turned the lead of this hand-over down. */
	void rejected(UUID handOverId, String reason, Instant at) {
		jdbc.sql("update prospecting_hand_over set rejected_at = ?, rejection_reason = ? where id = ? and accepted_at is null")
			.params(SqlTime.of(at), reason, handOverId)
			.update();
	}

	/** The lead of this hand-over became the company's first sale. */
	@Transactional
	public void firstSale(UUID handOverId, Instant at) {
		jdbc.sql("update prospecting_hand_over set first_sale_at = ? where id = ? and first_sale_at is null")
			.params(SqlTime.of(at), handOverId)
			.update();
	}

}
