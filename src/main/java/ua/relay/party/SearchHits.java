package ua.relay.party;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/** What every {@link SearchSource} needs to turn its rows into hits: the companies by id, in their rank. */
public final class SearchHits {

	private final List<CompanyMatch> companies;

	private final Map<UUID, CompanyMatch> byId;

	public SearchHits(List<CompanyMatch> companies) {
		this.companies = companies;
		this.byId = companies.stream().collect(Collectors.toMap(m -> m.id().value(), Function.identity(), (a, b) -> a));
	}

	public java.util.Set<UUID> ids() {
		return byId.keySet();
	}

	public CompanyMatch company(UUID id) {
		return byId.get(id);
	}

	/** The rows in the order their companies were found. */
	public <T> List<T> ranked(List<T> rows, Function<T, UUID> company) {
		ToIntFunction<T> rank = row -> companies.indexOf(byId.get(company.apply(row)));
		return rows.stream().sorted(Comparator.comparingInt(rank)).toList();
	}

	/** The parts of a hit's line that are there, joined. */
	public static String line(String... parts) {
		return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" · "));
	}

}
