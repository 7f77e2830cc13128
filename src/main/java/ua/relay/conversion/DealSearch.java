package ua.relay.conversion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import ua.relay.conversion.jdbc.DealSearchQueries;
import ua.relay.party.CompanyId;
import ua.relay.party.CompanyMatch;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.SearchHit;
import ua.relay.party.SearchHits;
import ua.relay.party.SearchSource;
import ua.relay.party.SearchTerms;
import ua.relay.platform.Actor;

/** Leads, deals and quotes in the search: a closer's own (the classic model's salesperson's too); the head's, all. */
@Component
class DealSearch implements SearchSource {

	/** A quote's number as it is printed (КП-2026-0007), or without its letters (2026-7). */
	private static final Pattern QUOTE = Pattern.compile("^(?:КП|KP)?-?(\\d{4})-0*(\\d{1,6})$");

	private final DealSearchQueries queries;

	private final CompanyDirectory companies;

	DealSearch(DealSearchQueries queries, CompanyDirectory companies) {
		this.queries = queries;
		this.companies = companies;
	}

	@Override
	public Collection<CompanyId> companiesOf(Actor actor) {
		return actor.employee().map(queries::companiesOf).orElse(List.of()).stream().map(CompanyId::new).toList();
	}

	@Override
	public List<SearchHit> recordsOf(List<CompanyMatch> matches, Actor actor) {
		UUID closer = actor.seesEverything() ? null : actor.employee().orElse(null);
		if (closer == null && !actor.seesEverything()) {
			return List.of();
		}
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		var found = new SearchHits(matches);
		var hits = new ArrayList<SearchHit>();
		for (var row : found.ranked(queries.of(found.ids(), closer), DealSearchQueries.Found::companyId)) {
			var company = found.company(row.companyId());
			if (row.deal()) {
				hits.add(new SearchHit(SearchHit.Kind.DEAL, row.companyId(), row.id(), company.displayName(),
						SearchHits.line(english ? row.stageEn() : row.stageUk(),
								row.amount() == null ? null : SearchHits.amount(row.amount()), company.note()),
						"/conversion/deals/" + row.id()));
			}
			else {
				hits.add(new SearchHit(SearchHit.Kind.LEAD, row.companyId(), row.id(), company.displayName(), company.note(),
						"/conversion/leads/" + row.id()));
			}
		}
		return hits;
	}

	@Override
	public List<SearchHit> byNumber(SearchTerms terms, Actor actor) {
		var number = QUOTE.matcher(terms.number());
		if (!number.matches() || (!actor.seesEverything() && actor.employee().isEmpty())) {
			return List.of();
		}
		UUID closer = actor.seesEverything() ? null : actor.requireEmployee();
		return queries.quote(Integer.parseInt(number.group(1)), Integer.parseInt(number.group(2)), closer)
			.map(q -> new SearchHit(SearchHit.Kind.QUOTE, q.companyId(), q.id(), "КП-%d-%04d".formatted(q.year(), q.seq()),
					SearchHits.line(companies.getCard(new CompanyId(q.companyId())).displayName(), SearchHits.amount(q.price())),
					"/conversion/deals/" + q.dealId()))
			.stream()
			.toList();
	}

}
