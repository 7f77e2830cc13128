package ua.relay.prospecting;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ua.relay.party.CompanyId;
import ua.relay.party.CompanyMatch;
import ua.relay.party.SearchHit;
import ua.relay.party.SearchHits;
import ua.relay.party.SearchScope;
import ua.relay.party.SearchSource;
import ua.relay.prospecting.jdbc.ProspectSearchQueries;

/**
 * Prospects in the search: a caller finds the one they hold and those they promised to call back (the
 * desk opens a callback when it is due); the head, any prospect.
 */
@Component
class ProspectSearch implements SearchSource {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final ProspectSearchQueries queries;

	private final Clock clock;

	ProspectSearch(ProspectSearchQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	@Override
	public Collection<CompanyId> companiesOf(UUID caller) {
		return queries.companiesOf(caller).stream().map(CompanyId::new).toList();
	}

	@Override
	public List<SearchHit> recordsOf(List<CompanyMatch> companies, SearchScope scope) {
		var found = new SearchHits(companies);
		return found.ranked(queries.of(found.ids(), scope.employee()), ProspectSearchQueries.Found::companyId)
			.stream()
			.map(f -> hit(f, found.company(f.companyId())))
			.toList();
	}

	private SearchHit hit(ProspectSearchQueries.Found found, CompanyMatch company) {
		String callback = found.callbackAt() == null ? null
				: "☎ " + WHEN.withZone(clock.getZone()).format(found.callbackAt());
		String detail = SearchHits.line(company.note(), callback);
		String path = found.held() ? "/prospecting/prospects/" + found.id() : "/prospecting/desk";
		return new SearchHit(SearchHit.Kind.PROSPECT, company.id().value(), found.id(), company.displayName(), detail, path);
	}

}
