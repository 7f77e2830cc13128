package ua.relay.platform.tabular;

import java.io.IOException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Delimited text as people export it here: UTF-8 with or without a BOM, Windows-1251 (told apart by
 * whether the bytes are valid UTF-8), or UTF-16 as Excel's "Unicode text" writes it, with or without its
 * BOM; {@code ,}, {@code ;} or tab (the one that splits the first lines into the same number of columns
 * most often). The headings are the first line with two cells or more, so a title above them is passed.
 */
final class CsvTable implements TabularFile {

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	private static final char[] DELIMITERS = { ';', ',', '\t' };

	private static final int SAMPLE_LINES = 50;

	private static final int SAMPLE_BYTES = 256 * 1024;

	private final FileContent file;

	private final Encoding encoding;

	private final char delimiter;

	private final Headings headings;

	/** How the bytes are text: the charset, the length of the BOM to skip, and the name people know it by. */
	private record Encoding(Charset charset, int bom, String name) {
	}

	private CsvTable(FileContent file, Encoding encoding, char delimiter) {
		this.file = file;
		this.encoding = encoding;
		this.delimiter = delimiter;
		this.headings = readHeadings();
	}

	/**
	 * Reads the file twice before any row: once whole to tell its encoding (a Windows-1251 byte may sit in
	 * the millionth row), once for the first lines to tell the delimiter.
	 */
	static CsvTable read(FileContent file) {
		try {
			byte[] start;
			try (var in = file.open()) {
				start = in.readNBytes(SAMPLE_BYTES);
			}
			var encoding = encoding(start, file);
			String sample = new String(start, encoding.bom(), start.length - encoding.bom(), encoding.charset());
			if (sample.isBlank()) {
				throw new ImportFileException("import.empty", "The file has no text");
			}
			return new CsvTable(file, encoding, detectDelimiter(sample));
		}
		catch (IOException ex) {
			throw brokenFile(ex);
		}
	}

	private static Encoding encoding(byte[] start, FileContent file) throws IOException {
		if (start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
			return new Encoding(StandardCharsets.UTF_8, 3, "UTF-8");
		}
		if (start.length >= 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
			return new Encoding(StandardCharsets.UTF_16LE, 2, "UTF-16");
		}
		if (start.length >= 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
			return new Encoding(StandardCharsets.UTF_16BE, 2, "UTF-16");
		}
		var utf16 = utf16WithoutBom(start);
		if (utf16 != null) {
			return new Encoding(utf16, 0, "UTF-16");
		}
		return isUtf8(file) ? new Encoding(StandardCharsets.UTF_8, 0, "UTF-8")
				: new Encoding(WINDOWS_1251, 0, "Windows-1251");
	}

	/**
	 * UTF-16 without its BOM, told by its zero bytes: text in UTF-8 or Windows-1251 has none, while in
	 * UTF-16 every digit, space, delimiter and line end has one, on the same side of every pair.
	 */
	private static Charset utf16WithoutBom(byte[] start) {
		int pairs = start.length / 2;
		if (pairs < 2) {
			return null;
		}
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i + 1 < start.length; i += 2) {
			evenZeros += start[i] == 0 ? 1 : 0;
			oddZeros += start[i + 1] == 0 ? 1 : 0;
		}
		if (oddZeros * 10 >= pairs && evenZeros * 100 <= pairs) {
			return StandardCharsets.UTF_16LE;
		}
		if (evenZeros * 10 >= pairs && oddZeros * 100 <= pairs) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	private Reader reader() throws IOException {
		var in = file.open();
		in.skipNBytes(encoding.bom());
		return new BufferedReader(new InputStreamReader(in, encoding.charset()), 1 << 16);
	}

	@Override
	public String format() {
		return "CSV · " + encoding.name() + " · " + (delimiter == '\t' ? "tab" : String.valueOf(delimiter));
	}

	@Override
	public List<String> headings() {
		return headings.cells();
	}

	@Override
	public void readRows(Predicate<FileRow> action) {
		try (CSVParser parser = CSVParser.parse(reader(), format(delimiter))) {
			for (CSVRecord record : parser) {
				if (record.getRecordNumber() <= headings.row()) {
					continue;
				}
				var row = toRow(record);
				if (!row.isBlank() && !action.test(row)) {
					return;
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw brokenFile(ex);
		}
	}

	private Headings readHeadings() {
		try (CSVParser parser = CSVParser.parse(reader(), format(delimiter))) {
			var found = Headings.find(parser.stream().limit(Headings.LOOK_AHEAD).map(CsvTable::toRow).iterator());
			if (found == null) {
				throw new ImportFileException("import.empty", "The file has no rows");
			}
			return found;
		}
		catch (IOException | UncheckedIOException ex) {
			throw brokenFile(ex);
		}
	}

	private static FileRow toRow(CSVRecord record) {
		var cells = new ArrayList<String>(record.size());
		for (int i = 0; i < record.size(); i++) {
			cells.add(record.get(i).strip());
		}
		// Excel shows each record as a row, blank lines as blank rows, so the record number is the row number
		return new FileRow((int) record.getRecordNumber(), cells, Set.of());
	}

	private static ImportFileException brokenFile(Exception ex) {
		String detail = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		return new ImportFileException("import.broken-csv", "The file cannot be read as CSV: " + detail
				+ " (often a quote that is opened and never closed)", detail);
	}

	private static CSVFormat format(char delimiter) {
		// text after a closing quote belongs to the cell, as Excel reads it: "Нова пошта" ТОВ
		return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrailingData(true).get();
	}

	private static char detectDelimiter(String text) {
		var sample = firstLines(text);
		char best = DELIMITERS[0];
		int bestScore = -1;
		for (char candidate : DELIMITERS) {
			int score = consistency(sample, candidate);
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return best;
	}

	private static String firstLines(String text) {
		int end = 0;
		for (int line = 0; line < SAMPLE_LINES && end >= 0 && end < text.length(); line++) {
			end = text.indexOf('\n', end + 1);
		}
		return end < 0 ? text : text.substring(0, end);
	}

	/** How many sampled lines split into the most common column count, when that count is above one. */
	private static int consistency(String sample, char delimiter) {
		Map<Integer, Integer> lines = new HashMap<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(sample), format(delimiter))) {
			for (CSVRecord record : parser) {
				lines.merge(record.size(), 1, Integer::sum);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			// the sample may end inside a quoted cell; what was read still counts
		}
		return lines.entrySet().stream().filter(e -> e.getKey() > 1).mapToInt(Map.Entry::getValue).max().orElse(0);
	}

	/** Whether every byte of the file decodes as UTF-8; the text is decoded into a small buffer and dropped. */
	private static boolean isUtf8(FileContent file) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		char[] sink = new char[1 << 16];
		try (var reader = new InputStreamReader(file.open(), decoder)) {
			while (reader.read(sink) >= 0) {
				// only whether it decodes matters
			}
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
