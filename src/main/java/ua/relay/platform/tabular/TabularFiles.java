package ua.relay.platform.tabular;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Opens an uploaded file as the kind it is: an XLSX workbook (a zip) or delimited text. */
public final class TabularFiles {

	private TabularFiles() {
	}

	public static TabularFile open(String fileName, byte[] content, FileLimits limits) {
		return open(fileName, FileContent.of(content), limits);
	}

	/** The file's size was checked against the limits as it was uploaded. */
	public static TabularFile open(String fileName, FileContent content, FileLimits limits) {
		byte[] start = new byte[4];
		int read;
		try (var in = content.open()) {
			read = in.readNBytes(start, 0, 4);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (read == 0) {
			throw new ImportFileException("import.empty", "The file is empty");
		}
		boolean zip = read == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (zip) {
			return XlsxTable.read(content, limits);
		}
		boolean ole2 = read == 4 && (start[0] & 0xFF) == 0xD0 && (start[1] & 0xFF) == 0xCF && start[2] == 0x11
				&& (start[3] & 0xFF) == 0xE0;
		if (ole2) {
			throw new ImportFileException("import.xls",
					"An Excel 97-2003 workbook (.xls): save it as an Excel workbook (.xlsx) or as CSV and upload that");
		}
		if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
			throw new ImportFileException("import.not-xlsx", "The file is named like a workbook but is not an XLSX file");
		}
		return CsvTable.read(content);
	}

	/** Refuses a file larger than the limits, as it arrives. */
	public static ImportFileException tooLarge(long bytes, FileLimits limits) {
		return new ImportFileException("import.too-large",
				"The file has more than " + bytes + " bytes; at most " + limits.maxBytes() + " are accepted",
				limits.maxBytes() / (1024 * 1024));
	}

}
