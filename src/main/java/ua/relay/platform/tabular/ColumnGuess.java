package ua.relay.platform.tabular;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Which column of an uploaded table holds which field, as its headings say (in Ukrainian or English, any
 * case and punctuation), and the cells people and their programs write: a field is found where a heading
 * is one of its names exactly, else where one starts with a name; each column goes to one field.
 */
public final class ColumnGuess {

	private static final List<DateTimeFormatter> DAYS = List.of(DateTimeFormatter.ofPattern("d.M.uuuu"),
			DateTimeFormatter.ofPattern("d.M.uu"), DateTimeFormatter.ofPattern("uuuu-M-d"),
			DateTimeFormatter.ofPattern("d/M/uuuu"));

	private ColumnGuess() {
	}

	/** Which column each field is in; a field no heading names is left out. {@code names}: a field's known headings, in lower case. */
	public static <F extends Enum<F>> Map<F, Integer> guess(Class<F> fields, List<String> headings,
			Function<F, List<String>> names) {
		var mapping = new EnumMap<F, Integer>(fields);
		var taken = new ArrayList<Integer>();
		for (boolean exact : new boolean[] { true, false }) {
			for (var field : fields.getEnumConstants()) {
				if (mapping.containsKey(field)) {
					continue;
				}
				for (int column = 0; column < headings.size(); column++) {
					String heading = plain(headings.get(column));
					if (taken.contains(column) || heading.isEmpty()) {
						continue;
					}
					boolean fits = names.apply(field)
						.stream()
						.anyMatch(known -> exact ? heading.equals(known) : heading.startsWith(known + " "));
					if (fits) {
						mapping.put(field, column);
						taken.add(column);
						break;
					}
				}
			}
		}
		return mapping;
	}

	/** The columns a form gave, field by field ({@code COMPANY=0}); a field left blank is in no column. */
	public static <F extends Enum<F>> Map<F, Integer> fromForm(Class<F> fields, Map<String, String> params) {
		var mapping = new EnumMap<F, Integer>(fields);
		for (var field : fields.getEnumConstants()) {
			String column = params.get(field.name());
			if (column != null && column.matches("\\d{1,4}")) {
				mapping.put(field, Integer.parseInt(column));
			}
		}
		return mapping;
	}

	/** A day as people and their programs write it: 05.03.2026, 5.3.26, 2026-03-05, 05/03/2026, "05.03.2026 0:00:00". */
	public static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String day = text.strip().split("\\s+")[0];
		for (var format : DAYS) {
			try {
				return LocalDate.parse(day, format);
			}
			catch (DateTimeParseException ex) {
				// the next way of writing it
			}
		}
		return null;
	}

	private static String plain(String heading) {
		return heading == null ? "" : heading.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}«»№]+", " ")
			.replaceAll("\\s+", " ").strip();
	}

}
