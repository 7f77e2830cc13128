package ua.relay.party;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.party.jdbc.CompanySearchQueries;
import ua.relay.platform.Actor;

/**
 * The search box: companies found by name (typos and hyphens forgiven), phone, code or contact, then
 * each tier's records of them that the reader may open, and documents by their number. A reader who is
 * not an overseer searches only among the companies their own records hold, so nothing outside what
 * they may see is found, nor hinted at.
 */
@Service
public class Search {

	/** Companies read per search; the hits of each kind are cut to {@link #PER_KIND}. */
	static final int COMPANIES = 20;

	public static final int PER_KIND = 10;

	private final CompanySearchQueries companies;

	private final List<SearchSource> sources;

	Search(CompanySearchQueries companies, List<SearchSource> sources) {
		this.companies = companies;
		this.sources = sources;
	}

	public record Group(SearchHit.Kind kind, List<SearchHit> hits) {
	}

	public record Result(String query, List<Group> groups) {

		public boolean isEmpty() {
			return groups.isEmpty();
		}

		public List<SearchHit> hits() {
			return groups.stream().flatMap(g -> g.hits().stream()).toList();
		}

	}

	@Transactional(readOnly = true)
	public Result find(String text, Actor actor) {
		var terms = SearchTerms.of(text);
		if (terms.isBlank()) {
			return new Result(terms.text(), List.of());
		}
		SearchScope scope = SearchScope.EVERYBODY;
		Optional<Set<CompanyId>> within = Optional.empty();
		if (!actor.seesEverything()) {
			if (actor.employee().isEmpty()) {
				return new Result(terms.text(), List.of()); // who is nobody in the department holds no records
			}
			scope = new SearchScope(actor.requireEmployee());
			var own = new LinkedHashSet<CompanyId>();
			sources.forEach(source -> own.addAll(source.companiesOf(actor.requireEmployee())));
			within = Optional.of(own);
		}
		var matches = within.map(Set::isEmpty).orElse(false) ? List.<CompanyMatch>of()
				: companies.find(terms, within, COMPANIES);
		var hits = new ArrayList<SearchHit>();
		for (SearchSource source : sources) {
			if (!matches.isEmpty()) {
				hits.addAll(source.recordsOf(matches, scope));
			}
			hits.addAll(source.byNumber(terms, scope));
		}
		return new Result(terms.text(), grouped(hits));
	}

	private static List<Group> grouped(List<SearchHit> hits) {
		var byKind = new EnumMap<SearchHit.Kind, List<SearchHit>>(SearchHit.Kind.class);
		for (SearchHit hit : hits) {
			var group = byKind.computeIfAbsent(hit.kind(), k -> new ArrayList<>());
			if (group.size() < PER_KIND && group.stream().noneMatch(h -> h.recordId().equals(hit.recordId()))) {
				group.add(hit);
			}
		}
		return byKind.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

}
