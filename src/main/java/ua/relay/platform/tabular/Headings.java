package ua.relay.platform.tabular;

import java.util.Iterator;
import java.util.List;

/**
 * The row that names the columns: the first with two cells or more among the first rows, so that a
 * title, a date or a blank line above the table is passed over; the first non-blank row if none has two.
 */
record Headings(int row, List<String> cells) {

	/** How far down the headings are looked for. */
	static final int LOOK_AHEAD = 20;

	static Headings find(Iterator<FileRow> rows) {
		FileRow first = null;
		for (int seen = 0; seen < LOOK_AHEAD && rows.hasNext(); seen++) {
			var row = rows.next();
			if (row.isBlank()) {
				continue;
			}
			if (row.cells().stream().filter(cell -> !cell.isBlank()).count() >= 2) {
				return new Headings(row.number(), List.copyOf(row.cells()));
			}
			if (first == null) {
				first = row;
			}
		}
		return first == null ? null : new Headings(first.number(), List.copyOf(first.cells()));
	}

}
