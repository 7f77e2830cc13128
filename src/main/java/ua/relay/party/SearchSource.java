package ua.relay.party;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A module's part in the search: the companies a reader may find through its records, and those records.
 * Each tier implements it under its own access rules, so a search shows a caller only the prospects they
 * hold and an account manager only their own clients.
 */
public interface SearchSource {

	/** The companies this employee may find here; asked of everyone but the overseers, who may find any. */
	Collection<CompanyId> companiesOf(UUID employee);

	/** This module's records of the companies found, within the scope, the best match first. */
	List<SearchHit> recordsOf(List<CompanyMatch> companies, SearchScope scope);

	/** Records found by a number of their own (a quote's, an invoice's), where the text is one. */
	default List<SearchHit> byNumber(SearchTerms terms, SearchScope scope) {
		return List.of();
	}

}
