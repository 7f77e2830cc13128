package ua.relay.party;

import java.util.Collection;
import java.util.List;

import ua.relay.platform.Actor;

/**
 * A module's part in the search: the companies a reader may find through its records, and those records.
 * Each tier implements it under its own access rules, so a search shows a caller only the prospects they
 * hold and an account manager only their own clients.
 */
public interface SearchSource {

	/** The companies this reader may find here; asked of everyone but the overseers, who may find any. */
	Collection<CompanyId> companiesOf(Actor actor);

	/** This module's records of the companies found that the reader may open, the best match first. */
	List<SearchHit> recordsOf(List<CompanyMatch> companies, Actor actor);

	/** Records found by a number of their own (a quote's, an invoice's), where the text is one. */
	default List<SearchHit> byNumber(SearchTerms terms, Actor actor) {
		return List.of();
	}

}
