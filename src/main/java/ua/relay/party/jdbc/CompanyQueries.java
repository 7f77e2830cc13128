package ua.relay.party.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
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

/** Reads company cards in bulk: one query for every 500 companies asked for. */
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

	/**
	 * One statement for a chunk: a row per company and contact (one row with no contact for a company that has
	 * none), the company's phones as an array on each; a contact's phone is looked for among its company's,
	 * which are indexed.
	 */
	private Map<CompanyId, CompanyCard> chunk(List<UUID> ids) {
		var companies = new LinkedHashMap<UUID, CardRows>();
		jdbc.sql("""
				select c.id, c.name, c.legal_form, c.edrpou, c.industry, c.size_band, c.region, c.city, c.rnokpp,
				       array(select p.e164 from party_phone p where p.company_id = c.id order by p.e164) as phones,
				       k.full_name, k.position, k.email,
				       (select min(p.e164) from party_phone p where p.company_id = c.id and p.contact_id = k.id) as contact_phone
				from party_company c left join party_contact k on k.company_id = c.id
				where c.id in (:ids)
				order by c.id, k.full_name
				""")
			.param("ids", ids)
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				var company = companies.get(id);
				if (company == null) {
					company = new CardRows(rs, phones(rs.getArray("phones")));
					companies.put(id, company);
				}
				String contact = rs.getString("full_name");
				if (contact != null) {
					company.contacts.add(new CompanyCard.Contact(contact, rs.getString("position"), rs.getString("email"),
							rs.getString("contact_phone")));
				}
			});
		var cards = new HashMap<CompanyId, CompanyCard>();
		companies.values().forEach(company -> {
			var card = company.card();
			cards.put(card.id(), card);
		});
		return cards;
	}

	/** A company's rows of the chunk's statement: its own columns from the first, a contact from each. */
	private static final class CardRows {

		private final CompanyCard head;

		private final List<CompanyCard.Contact> contacts = new ArrayList<>();

		CardRows(ResultSet rs, List<String> phones) throws SQLException {
			String band = rs.getString("size_band");
			this.head = new CompanyCard(new CompanyId(rs.getObject("id", UUID.class)), rs.getString("name"),
					rs.getString("legal_form"), rs.getString("edrpou"), rs.getString("industry"),
					band == null ? null : SizeBand.valueOf(band), rs.getString("region"), rs.getString("city"), phones,
					List.of(), rs.getString("rnokpp"));
		}

		CompanyCard card() {
			return new CompanyCard(head.id(), head.name(), head.legalForm(), head.edrpou(), head.industry(),
					head.sizeBand(), head.region(), head.city(), head.phones(), List.copyOf(contacts), head.rnokpp());
		}

	}

	private static List<String> phones(Array array) throws SQLException {
		var phones = new ArrayList<String>();
		for (Object phone : (Object[]) array.getArray()) {
			phones.add((String) phone);
		}
		array.free();
		return List.copyOf(phones);
	}

}
