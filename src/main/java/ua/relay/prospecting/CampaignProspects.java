package ua.relay.prospecting;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.platform.ListPage;
import ua.relay.prospecting.domain.ProspectStatus;
import ua.relay.prospecting.jdbc.CampaignProspectQueries;

/** Whom a campaign holds and how far each got: the head reads it a page at a time, by status. */
@Service
public class CampaignProspects {

	private final CampaignProspectQueries queries;

	private final CompanyDirectory companies;

	CampaignProspects(CampaignProspectQueries queries, CompanyDirectory companies) {
		this.queries = queries;
		this.companies = companies;
	}

	public record Row(UUID id, String company, String city, ProspectStatus status, int attempts, Instant lastCalledAt,
			Instant dueAt) {
	}

	/** {@code status} null for all; {@code sort} a column ({@code status}, {@code attempts}, {@code called}, {@code due}). */
	@Transactional(readOnly = true)
	public ListPage<Row> page(UUID campaign, ProspectStatus status, String sort, int page) {
		String code = status == null ? null : status.name();
		long total = queries.count(campaign, code);
		int shown = ListPage.shown(page, total, ListPage.SIZE);
		var rows = queries.page(campaign, code, sort, ListPage.SIZE, (shown - 1) * ListPage.SIZE);
		var cards = companies.cards(rows.stream().map(r -> new CompanyId(r.companyId())).toList());
		return new ListPage<>(rows.stream().map(r -> {
			var card = cards.get(new CompanyId(r.companyId()));
			return new Row(r.id(), card.displayName(), card.city(), ProspectStatus.valueOf(r.status()), r.attempts(),
					r.lastCalledAt(), r.dueAt());
		}).toList(), shown, ListPage.SIZE, total);
	}

}
