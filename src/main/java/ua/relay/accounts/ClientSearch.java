package ua.relay.accounts;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import ua.relay.accounts.jdbc.ClientSearchQueries;
import ua.relay.party.CompanyId;
import ua.relay.party.CompanyMatch;
import ua.relay.party.SearchHit;
import ua.relay.party.SearchHits;
import ua.relay.party.SearchScope;
import ua.relay.party.SearchSource;
import ua.relay.party.SearchTerms;
import ua.relay.shared.Money;

/**
 * Clients and invoices in the search: an account manager's own clients and their invoices; the head's,
 * all. A caller or a closer, who may not read a client's invoices, finds none.
 */
@Component
class ClientSearch implements SearchSource {

	/** An invoice's number as it is printed: its series, year and number (СФ-2026-00012). */
	private static final Pattern INVOICE = Pattern.compile("^(.{1,8})-(\\d{4})-0*(\\d{1,6})$");

	private final ClientSearchQueries queries;

	ClientSearch(ClientSearchQueries queries) {
		this.queries = queries;
	}

	@Override
	public Collection<CompanyId> companiesOf(UUID manager) {
		return queries.companiesOf(manager).stream().map(CompanyId::new).toList();
	}

	@Override
	public List<SearchHit> recordsOf(List<CompanyMatch> matches, SearchScope scope) {
		var found = new SearchHits(matches);
		return found.ranked(queries.of(found.ids(), scope.employee()), ClientSearchQueries.Found::companyId)
			.stream()
			.map(c -> new SearchHit(SearchHit.Kind.CLIENT, c.companyId(), c.id(), found.company(c.companyId()).displayName(),
					found.company(c.companyId()).note(), "/accounts/clients/" + c.id()))
			.toList();
	}

	@Override
	public List<SearchHit> byNumber(SearchTerms terms, SearchScope scope) {
		var number = INVOICE.matcher(terms.number());
		if (!number.matches()) {
			return List.of();
		}
		int year = Integer.parseInt(number.group(2));
		int seq = Integer.parseInt(number.group(3));
		return queries.invoice(number.group(1), year, seq, scope.employee())
			.map(i -> new SearchHit(SearchHit.Kind.INVOICE, i.companyId(), i.id(),
					InvoiceView.number(number.group(1), year, seq),
					SearchHits.line(i.buyer(), new Money(i.total()).text()), "/accounts/clients/" + i.clientId()))
			.stream()
			.toList();
	}

}
