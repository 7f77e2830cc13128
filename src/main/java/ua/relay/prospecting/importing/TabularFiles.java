package ua.relay.prospecting.importing;

import java.util.Locale;

/** Opens an uploaded file as the kind it is: an XLSX workbook (a zip) or delimited text. */
public final class TabularFiles {

	private TabularFiles() {
	}

	public static TabularFile open(String fileName, byte[] content, FileLimits limits) {
		if (content.length == 0) {
			throw new ImportFileException("import.empty", "The file is empty");
		}
		if (content.length > limits.maxBytes()) {
			throw new ImportFileException("import.too-large",
					"The file has " + content.length + " bytes; at most " + limits.maxBytes() + " are accepted");
		}
		boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (zip) {
			return XlsxTable.read(content, limits);
		}
		if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
			throw new ImportFileException("import.not-xlsx", "The file is named like a workbook but is not an XLSX file");
		}
		return CsvTable.read(content);
	}

}
