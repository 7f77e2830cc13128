package ua.relay.prospecting.importing;

import java.util.List;
import java.util.function.Consumer;

/** A prospect list as rows of text cells, whatever the file it came in. */
public interface TabularFile {

	/** How the file was read, for people: "CSV · Windows-1251 · ;" or "XLSX". */
	String format();

	List<String> headings();

	/** Every data row after the headings, in order; blank rows are left out. */
	void forEachRow(Consumer<FileRow> action);

}
