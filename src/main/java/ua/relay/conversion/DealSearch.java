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
import ua.relay.party.SearchScope;
import ua.relay.party.SearchSource;
import ua.relay.party.SearchTerms;
import ua.relay.shared.Money;

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
	public Collection<CompanyId> companiesOf(UUID closer) {
		return queries.companiesOf(closer).stream().map(CompanyId::new).toList();
	}

	@Override
	public List<SearchHit> recordsOf(List<CompanyMatch> matches, SearchScope scope) {
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		var found = new SearchHits(matches);
		var hits = new ArrayList<SearchHit>();
		for (var row : found.ranked(queries.of(found.ids(), scope.employee()), DealSearchQueries.Found::companyId)) {
			var company = found.company(row.companyId());
			if (row.deal()) {
				hits.add(new SearchHit(SearchHit.Kind.DEAL, row.companyId(), row.id(), company.displayName(),
						SearchHits.line(english ? row.stageEn() : row.stageUk(),
								row.amount() == null ? null : new Money(row.amount()).text(), company.note()),
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
	public List<SearchHit> byNumber(SearchTerms terms, SearchScope scope) {
		var number = QUOTE.matcher(terms.number());
		if (!number.matches()) {
			return List.of();
		}
		return queries.quote(Integer.parseInt(number.group(1)), Integer.parseInt(number.group(2)), scope.employee())
			.map(q -> new SearchHit(SearchHit.Kind.QUOTE, q.companyId(), q.id(), QuoteView.number(q.year(), q.seq()),
					SearchHits.line(companies.getCard(new CompanyId(q.companyId())).displayName(), new Money(q.price()).text()),
					"/conversion/deals/" + q.dealId()))
			.stream()
			.toList();
	}

}
