package ua.relay.prospecting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ua.relay.platform.DomainException;

/** Which column of the file (0-based) holds which field. Name and phone are required. */
public record ColumnMapping(Map<ImportField, Integer> columns) {

	public ColumnMapping {
		var copy = new EnumMap<ImportField, Integer>(ImportField.class);
		columns.forEach((field, column) -> {
			if (column != null && column >= 0) {
				copy.put(field, column);
			}
		});
		for (ImportField field : ImportField.values()) {
			if (field.required() && !copy.containsKey(field)) {
				throw DomainException.invalid("import.mapping-incomplete", "Map a column to " + field);
			}
		}
		columns = Collections.unmodifiableMap(copy);
	}

	/** The mapping the headings suggest; incomplete mappings give empty. */
	public static Optional<ColumnMapping> suggest(List<String> headings) {
		var columns = new EnumMap<ImportField, Integer>(ImportField.class);
		for (int i = 0; i < headings.size(); i++) {
			for (ImportField field : ImportField.values()) {
				if (!columns.containsKey(field) && field.isNamedBy(headings.get(i))) {
					columns.put(field, i);
					break;
				}
			}
		}
		try {
			return Optional.of(new ColumnMapping(columns));
		}
		catch (DomainException incomplete) {
			return Optional.empty();
		}
	}

	/** A mapping by headings ({@code {"NAME": "Назва", …}}) turned into column positions. */
	public static ColumnMapping byHeadings(Map<ImportField, String> byHeading, List<String> headings) {
		var columns = new EnumMap<ImportField, Integer>(ImportField.class);
		byHeading.forEach((field, heading) -> {
			int index = headings.indexOf(heading);
			if (index < 0) {
				throw DomainException.invalid("import.mapping-unknown-column", "The file has no column '" + heading + "'");
			}
			columns.put(field, index);
		});
		return new ColumnMapping(columns);
	}

	public Optional<Integer> column(ImportField field) {
		return Optional.ofNullable(columns.get(field));
	}

}
