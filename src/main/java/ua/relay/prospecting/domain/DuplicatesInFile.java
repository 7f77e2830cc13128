package ua.relay.prospecting.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import ua.relay.party.NameKey;
import ua.relay.party.NewCompany;

/**
 * Remembers the companies of a file as it is read, and tells a row that repeats an earlier one: by
 * EDRPOU, then by any phone, then by name and city.
 */
public final class DuplicatesInFile {

	private final Map<String, Integer> firstRowByKey = new HashMap<>();

	/** An earlier row this one repeats, or empty (and the row is remembered). */
	public record Repeat(String by, int row) {
	}

	public Optional<Repeat> repeats(NewCompany company, int row) {
		var edrpou = company.edrpou() == null ? null : "edrpou " + company.edrpou().value();
		var keys = new java.util.ArrayList<String>();
		if (edrpou != null) {
			keys.add(edrpou);
		}
		company.phones().forEach(p -> keys.add("phone " + p.e164()));
		keys.add("name " + NameKey.of(company.name(), company.city()));
		for (String key : keys) {
			Integer earlier = firstRowByKey.get(key);
			if (earlier != null) {
				return Optional.of(new Repeat(key.substring(0, key.indexOf(' ')), earlier));
			}
		}
		keys.forEach(key -> firstRowByKey.put(key, row));
		return Optional.empty();
	}

}
