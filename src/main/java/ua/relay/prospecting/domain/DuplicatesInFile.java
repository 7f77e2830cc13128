package ua.relay.prospecting.domain;

import java.util.Optional;

import ua.relay.party.NameKey;
import ua.relay.party.NewCompany;
import ua.relay.platform.bulk.LongIntHashMap;

/**
 * Remembers the companies of a file as it is read, and tells a row that repeats an earlier one: by
 * EDRPOU or a sole trader's РНОКПП, then by any phone, then by name and city. Kept compact for files of millions of rows: codes
 * and phones as numbers, names by a 64-bit fingerprint (two different names share one with odds of
 * about one in 10¹⁹ per pair, far below a typing mistake).
 */
public final class DuplicatesInFile {

	private static final int NONE = -1;

	private final LongIntHashMap edrpous = new LongIntHashMap(1 << 14);

	private final LongIntHashMap rnokpps = new LongIntHashMap(1 << 8);

	private final LongIntHashMap phones = new LongIntHashMap(1 << 14);

	private final LongIntHashMap names = new LongIntHashMap(1 << 14);

	/** An earlier row this one repeats, or empty (and the row is remembered). */
	public record Repeat(String by, int row) {
	}

	public Optional<Repeat> repeats(NewCompany company, int row) {
		return repeats(company, NameKey.of(company.name(), company.city()), row);
	}

	/** The same, with the company's {@link NameKey} worked out already. */
	public Optional<Repeat> repeats(NewCompany company, String nameKey, int row) {
		boolean coded = company.edrpou() != null;
		long edrpou = coded ? Long.parseLong(company.edrpou().value()) : 0;
		if (coded) {
			int earlier = edrpous.get(edrpou, NONE);
			if (earlier != NONE) {
				return Optional.of(new Repeat("edrpou", earlier));
			}
		}
		long rnokpp = company.rnokpp() == null ? -1 : Long.parseLong(company.rnokpp().value());
		if (rnokpp >= 0) {
			int earlier = rnokpps.get(rnokpp, NONE);
			if (earlier != NONE) {
				return Optional.of(new Repeat("rnokpp", earlier));
			}
		}
		for (var phone : company.phones()) {
			int earlier = phones.get(phone.digits(), NONE);
			if (earlier != NONE) {
				return Optional.of(new Repeat("phone", earlier));
			}
		}
		long name = LongIntHashMap.fingerprint(nameKey);
		int earlier = names.get(name, NONE);
		if (earlier != NONE) {
			return Optional.of(new Repeat("name", earlier));
		}
		if (coded) {
			edrpous.putIfAbsent(edrpou, row);
		}
		if (rnokpp >= 0) {
			rnokpps.putIfAbsent(rnokpp, row);
		}
		company.phones().forEach(phone -> phones.putIfAbsent(phone.digits(), row));
		names.putIfAbsent(name, row);
		return Optional.empty();
	}

}
