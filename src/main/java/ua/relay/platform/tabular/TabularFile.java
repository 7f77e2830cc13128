package ua.relay.platform.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** An uploaded table as rows of text cells, whatever the file it came in. */
public interface TabularFile {

	/** How the file was read, for people: "CSV · Windows-1251 · ;" or "XLSX". */
	String format();

	List<String> headings();

	/** Every data row after the headings, in order; blank rows are left out. */
	default void forEachRow(Consumer<FileRow> action) {
		readRows(row -> {
			action.accept(row);
			return true;
		});
	}

	/** The first data rows, for a preview: the file is read no further. */
	default List<FileRow> firstRows(int count) {
		var first = new ArrayList<FileRow>(count);
		if (count > 0) {
			readRows(row -> first.add(row) && first.size() < count);
		}
		return first;
	}

	/** The data rows in order, blank ones left out, for as long as {@code action} answers true. */
	void readRows(Predicate<FileRow> action);

}
