package ua.relay.platform.export;

import java.util.List;

/**
 * A table as a page shows it and an export writes it: a name (the file's and the sheet's), the column
 * titles and the rows; a cell is text, a number, or empty (null).
 */
public record Table(String name, List<String> header, List<List<Object>> rows) {

	public Table {
		header = List.copyOf(header);
		rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row))).toList();
	}

	public byte[] csv() {
		return SafeCsv.write(header, rows);
	}

	public byte[] xlsx() {
		return SafeXlsx.write(this);
	}

}
