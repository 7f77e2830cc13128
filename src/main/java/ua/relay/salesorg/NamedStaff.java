package ua.relay.salesorg;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Employees as a file names them, by full name or e-mail, in any case and spacing: the account manager
 * of a client, the closer of a deal. Only those {@code who} admits are found.
 */
public final class NamedStaff {

	private final Map<String, EmployeeId> byName = new HashMap<>();

	private NamedStaff() {
	}

	public static NamedStaff of(List<EmployeeView> staff, Predicate<EmployeeView> who) {
		var named = new NamedStaff();
		for (var e : staff) {
			if (!who.test(e)) {
				continue;
			}
			named.byName.put(plain(e.fullName()), e.id());
			if (e.email() != null) {
				named.byName.putIfAbsent(plain(e.email()), e.id());
			}
		}
		return named;
	}

	public Optional<EmployeeId> find(String text) {
		return Optional.ofNullable(byName.get(plain(text)));
	}

	private static String plain(String text) {
		return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
	}

}
