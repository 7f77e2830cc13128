package ua.relay.party.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ua.relay.party.CompanyCard;
import ua.relay.party.CompanyId;
import ua.relay.party.SizeBand;

/** Reads company cards in bulk: three queries however many companies are asked for. */
@Component
public class CompanyQueries {

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	CompanyQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<CompanyId, CompanyCard> cards(Collection<CompanyId> ids) {
		var result = new LinkedHashMap<CompanyId, CompanyCard>();
		var all = ids.stream().map(CompanyId::value).distinct().toList();
		for (int from = 0; from < all.size(); from += CHUNK) {
			result.putAll(chunk(all.subList(from, Math.min(all.size(), from + CHUNK))));
		}
		return result;
	}

	private Map<CompanyId, CompanyCard> chunk(List<UUID> ids) {
		Map<UUID, List<String>> phones = new HashMap<>();
		jdbc.sql("select company_id, e164 from party_phone where company_id in (:ids) order by e164")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
			.list()
			.forEach(e -> phones.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		Map<UUID, List<CompanyCard.Contact>> contacts = new HashMap<>();
		jdbc.sql("""
				select c.company_id, c.full_name, c.position, c.email,
				       (select min(p.e164) from party_phone p where p.contact_id = c.id) as phone
				from party_contact c where c.company_id in (:ids) order by c.full_name
				""")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new CompanyCard.Contact(rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getString(5))))
			.list()
			.forEach(e -> contacts.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		var cards = new HashMap<CompanyId, CompanyCard>();
		jdbc.sql("select * from party_company where id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				String band = rs.getString("size_band");
				return new CompanyCard(new CompanyId(id), rs.getString("name"), rs.getString("legal_form"),
						rs.getString("edrpou"), rs.getString("industry"), band == null ? null : SizeBand.valueOf(band),
						rs.getString("region"), rs.getString("city"), phones.getOrDefault(id, List.of()),
						contacts.getOrDefault(id, List.of()), rs.getString("rnokpp"));
			})
			.list()
			.forEach(card -> cards.put(card.id(), card));
		return cards;
	}

}
