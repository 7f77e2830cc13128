package ua.relay.party.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.party.CompanyId;
import ua.relay.party.CompanyMatch;
import ua.relay.party.CompanyMatch.Found;
import ua.relay.party.SearchTerms;
import ua.relay.party.domain.Trigrams;
import ua.relay.platform.Database;

/**
 * Companies found by what a person typed: by code and phone through their indexes, by name and contact
 * through trigrams. On PostgreSQL the trigrams are {@code pg_trgm}'s, answered from GIN indexes over the
 * name keys and the contacts' names; on the embedded database, which has no such index, the names of the
 * companies searched among are scored here with the same measure ({@link Trigrams}).
 */
@Repository
public class CompanySearchQueries {

	private static final String COMPANY = "c.id, c.name, c.legal_form, c.edrpou, c.city";

	private final JdbcClient jdbc;

	private final boolean postgres;

	/** Where {@code pg_trgm} lives on PostgreSQL, read on the first search (Relay may run in another schema). */
	private volatile String trgm;

	CompanySearchQueries(JdbcClient jdbc, Database database) {
		this.jdbc = jdbc;
		this.postgres = database.postgres();
	}

	/**
	 * The companies the terms find, among {@code within} when given: exact codes and phones first, then
	 * names and contacts by how much of the words they hold; at most {@code limit}.
	 */
	public List<CompanyMatch> find(SearchTerms terms, Optional<Set<CompanyId>> within, int limit) {
		var found = new LinkedHashMap<CompanyId, CompanyMatch>();
		if (within.map(Set::isEmpty).orElse(false)) {
			return List.of();
		}
		terms.code().ifPresent(code -> add(found, byCode(code, within)));
		terms.phone().ifPresent(phone -> add(found, byPhone(phone.e164(), within)));
		if (terms.words().length() >= SearchTerms.SHORTEST && terms.phone().isEmpty() && terms.code().isEmpty()) {
			add(found, postgres ? byWordsIndexed(terms.words(), within, limit) : byWordsScanned(terms.words(), within, limit));
		}
		return found.values().stream().limit(limit).toList();
	}

	private static void add(Map<CompanyId, CompanyMatch> found, List<CompanyMatch> matches) {
		matches.forEach(m -> found.putIfAbsent(m.id(), m));
	}

	private record Scored(CompanyMatch match, double score) {
	}

	private static List<CompanyMatch> best(List<Scored> names, List<Scored> contacts, int limit) {
		var all = new ArrayList<Scored>(names);
		all.addAll(contacts);
		all.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.match().name()));
		return all.stream().map(Scored::match).limit(limit).toList();
	}

	private List<CompanyMatch> byCode(String code, Optional<Set<CompanyId>> within) {
		return jdbc.sql("select " + COMPANY + " from party_company c where (c.edrpou = :code or c.rnokpp = :code)"
				+ restriction(within))
			.param("code", code)
			.params(ids(within))
			.query((rs, n) -> match(rs, Found.CODE, code))
			.list();
	}

	private List<CompanyMatch> byPhone(String e164, Optional<Set<CompanyId>> within) {
		return jdbc.sql("select distinct " + COMPANY + " from party_phone p join party_company c on c.id = p.company_id"
				+ " where p.e164 = :phone" + restriction(within))
			.param("phone", e164)
			.params(ids(within))
			.query((rs, n) -> match(rs, Found.PHONE, e164))
			.list();
	}

	/**
	 * Names and contacts that hold nearly all the words' trigrams ({@link #STRONG}: few rows to read); only where
	 * there are none, those that hold most of them (down to {@link Trigrams#THRESHOLD}: a misspelling), which
	 * takes reading many more. Each pass scores at most so many candidates: a single common word ("зерно") is
	 * in thousands of names, all equally good.
	 */
	private List<CompanyMatch> byWordsIndexed(String words, Optional<Set<CompanyId>> within, int limit) {
		threshold(STRONG);
		var strong = best(indexedNames(words, within, limit, 500), indexedContacts(words, within, limit, 500), limit);
		if (!strong.isEmpty()) {
			return strong;
		}
		threshold(Trigrams.THRESHOLD);
		return best(indexedNames(words, within, limit, 1_000), indexedContacts(words, within, limit, 1_000), limit);
	}

	/** The threshold of the {@code <%} operator, for this transaction only. */
	private void threshold(double share) {
		jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
			.param("threshold", Double.toString(share))
			.query(String.class)
			.single();
	}

	private List<CompanyMatch> byWordsScanned(String words, Optional<Set<CompanyId>> within, int limit) {
		var similarity = Trigrams.similarityTo(words);
		return best(byNameScanned(similarity, within, limit), byContactScanned(similarity, within, limit), limit);
	}

	/** The share of the words' trigrams a strong match holds. */
	static final double STRONG = 0.9;

	private List<Scored> indexedNames(String words, Optional<Set<CompanyId>> within, int limit, int candidates) {
		return indexed("""
				select %1$s, %2$s.word_similarity(:words, c.name_key) as score
				from (select * from party_company c where :words operator(%2$s.<%%) c.name_key%3$s limit :candidates) c
				order by score desc, c.name limit :limit""", words, within, limit, candidates, Found.NAME);
	}

	private List<Scored> indexedContacts(String words, Optional<Set<CompanyId>> within, int limit, int candidates) {
		return indexed("""
				select %1$s, p.full_name, %2$s.word_similarity(:words, lower(p.full_name)) as score
				from (select * from party_contact p where :words operator(%2$s.<%%) lower(p.full_name)%3$s
				      limit :candidates) p
				join party_company c on c.id = p.company_id
				order by score desc, c.name limit :limit""", words, within, limit, candidates, Found.CONTACT);
	}

	private List<Scored> indexed(String sql, String words, Optional<Set<CompanyId>> within, int limit, int candidates,
			Found by) {
		return jdbc.sql(sql.formatted(COMPANY, trgm(), restriction(within, by == Found.NAME ? "c.id" : "p.company_id")))
			.param("words", words)
			.param("limit", limit)
			.param("candidates", candidates)
			.params(ids(within))
			.query((rs, n) -> new Scored(match(rs, by, by == Found.CONTACT ? rs.getString("full_name") : null),
					rs.getDouble("score")))
			.list();
	}

	private List<Scored> byNameScanned(ToDoubleFunction<String> similarity, Optional<Set<CompanyId>> within, int limit) {
		var top = new Top(limit);
		jdbc.sql("select " + COMPANY + ", c.name_key from party_company c where 1 = 1" + restriction(within))
			.params(ids(within))
			.query((RowCallbackHandler) rs -> top.offer(rs, similarity.applyAsDouble(rs.getString("name_key")), Found.NAME,
					null));
		return top.best();
	}

	private List<Scored> byContactScanned(ToDoubleFunction<String> similarity, Optional<Set<CompanyId>> within,
			int limit) {
		var top = new Top(limit);
		jdbc.sql("select " + COMPANY + ", p.full_name from party_contact p join party_company c on c.id = p.company_id"
				+ " where 1 = 1" + restriction(within))
			.params(ids(within))
			.query((RowCallbackHandler) rs -> top.offer(rs, similarity.applyAsDouble(rs.getString("full_name")),
					Found.CONTACT, rs.getString("full_name")));
		return top.best();
	}

	/** The best {@code limit} of the names scored, above the threshold. */
	private static final class Top {

		private final int limit;

		private final PriorityQueue<Scored> queue = new PriorityQueue<>(Comparator.comparingDouble(Scored::score));

		Top(int limit) {
			this.limit = limit;
		}

		void offer(ResultSet rs, double score, Found by, String detail) throws SQLException {
			if (score < Trigrams.THRESHOLD || (queue.size() == limit && queue.peek().score() >= score)) {
				return;
			}
			queue.add(new Scored(match(rs, by, detail), score));
			if (queue.size() > limit) {
				queue.poll();
			}
		}

		List<Scored> best() {
			return new ArrayList<>(queue);
		}

	}

	private String restriction(Optional<Set<CompanyId>> within) {
		return restriction(within, "c.id");
	}

	/** {@code column} among the companies searched, when the search is among some. */
	private String restriction(Optional<Set<CompanyId>> within, String column) {
		if (within.isEmpty()) {
			return "";
		}
		return " and " + column + (postgres ? " = any(cast(:ids as uuid[]))" : " in (:ids)");
	}

	private Map<String, Object> ids(Optional<Set<CompanyId>> within) {
		if (within.isEmpty()) {
			return Map.of();
		}
		var ids = within.get().stream().map(CompanyId::value).toList();
		return Map.of("ids", postgres ? ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")) : ids);
	}

	private String trgm() {
		if (trgm == null) {
			trgm = jdbc.sql("select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace"
					+ " where e.extname = 'pg_trgm'")
				.query(String.class)
				.single();
		}
		return trgm;
	}

	private static CompanyMatch match(ResultSet rs, Found by, String detail) throws SQLException {
		return new CompanyMatch(new CompanyId(rs.getObject("id", UUID.class)), rs.getString("name"),
				rs.getString("legal_form"), rs.getString("edrpou"), rs.getString("city"), by, detail);
	}

}
