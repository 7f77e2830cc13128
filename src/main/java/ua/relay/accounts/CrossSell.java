package ua.relay.accounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import ua.relay.platform.Actor;

/**
 * "Clients like this also buy": among the clients of the same industry (all clients while an industry
 * has fewer than {@value #MIN_PEERS}), those who buy one of this client's services; a service this client
 * does not buy is suggested when enough of them take it ({@code confidence}) and more often than the
 * industry as a whole ({@code lift} over 1), with the numbers that show it.
 */
@Service
public class CrossSell {

	static final int MIN_PEERS = 5;

	private static final int MIN_SUPPORT = 2;

	private static final double MIN_CONFIDENCE = 0.25;

	private static final double MIN_LIFT = 1.1;

	private final JdbcClient jdbc;

	private final Portfolio portfolio;

	CrossSell(JdbcClient jdbc, Portfolio portfolio) {
		this.jdbc = jdbc;
		this.portfolio = portfolio;
	}

	/** A service to offer, and the evidence: of {@code likeThis} similar clients, {@code buying} take it. */
	public record Suggestion(CargoService service, int buying, int likeThis, double confidence, double lift) {
	}

	public List<Suggestion> forClient(UUID clientId, Actor actor) {
		portfolio.client(clientId, actor);
		var industries = new HashMap<UUID, String>();
		var bought = new HashMap<UUID, Set<CargoService>>();
		jdbc.sql("""
				select c.id, co.industry, o.service from accounts_client c
				join party_company co on co.id = c.company_id
				join accounts_order o on o.client_id = c.id
				where o.service is not null
				""")
			.query((rs, n) -> {
				var client = rs.getObject(1, UUID.class);
				industries.put(client, rs.getString(2));
				bought.computeIfAbsent(client, c -> EnumSet.noneOf(CargoService.class)).add(CargoService.valueOf(rs.getString(3)));
				return null;
			})
			.list();
		var mine = bought.get(clientId);
		if (mine == null) {
			return List.of();
		}
		var peers = peers(clientId, industries, bought.keySet());
		var like = peers.stream().filter(p -> bought.get(p).stream().anyMatch(mine::contains)).toList();
		var suggestions = new ArrayList<Suggestion>();
		for (CargoService service : CargoService.values()) {
			if (mine.contains(service) || like.isEmpty()) {
				continue;
			}
			long base = peers.stream().filter(p -> bought.get(p).contains(service)).count();
			int buying = (int) like.stream().filter(p -> bought.get(p).contains(service)).count();
			if (buying < MIN_SUPPORT || base == 0) {
				continue;
			}
			double confidence = (double) buying / like.size();
			double lift = confidence / ((double) base / peers.size());
			if (confidence >= MIN_CONFIDENCE && lift >= MIN_LIFT) {
				suggestions.add(new Suggestion(service, buying, like.size(), confidence, lift));
			}
		}
		suggestions.sort(Comparator.comparingDouble(Suggestion::confidence).reversed()
			.thenComparing(Comparator.comparingDouble(Suggestion::lift).reversed()));
		return suggestions.stream().limit(3).toList();
	}

	/** The clients of the same industry, or all while it has too few. */
	private static List<UUID> peers(UUID client, Map<UUID, String> industries, Set<UUID> all) {
		var industry = industries.get(client);
		var same = all.stream().filter(c -> !c.equals(client) && Objects.equals(industries.get(c), industry)).toList();
		return same.size() >= MIN_PEERS ? same : all.stream().filter(c -> !c.equals(client)).toList();
	}

}
