package ua.relay.prospecting.importing;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Delimited text as people export it here: UTF-8 with or without a BOM, or Windows-1251 (told apart by
 * whether the bytes are valid UTF-8); {@code ,}, {@code ;} or tab (the one that splits the first lines
 * into the same number of columns most often).
 */
final class CsvTable implements TabularFile {

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	private static final char[] DELIMITERS = { ';', ',', '\t' };

	private static final int SAMPLE_LINES = 50;

	private static final java.util.regex.Pattern NUMBER_OR_PHONE = java.util.regex.Pattern.compile("[0-9][0-9 ()\\-.,]*");

	private static final int SAMPLE_BYTES = 256 * 1024;

	private final FileContent file;

	private final boolean bom;

	private final Charset charset;

	private final char delimiter;

	private final List<String> headings;

	private CsvTable(FileContent file, boolean bom, Charset charset, char delimiter) {
		this.file = file;
		this.bom = bom;
		this.charset = charset;
		this.delimiter = delimiter;
		this.headings = readHeadings();
	}

	/**
	 * Reads the file twice before any row: once whole to tell its encoding (a Windows-1251 byte may sit in
	 * the millionth row), once for the first lines to tell the delimiter.
	 */
	static CsvTable read(FileContent file) {
		try {
			boolean bom;
			try (var in = file.open()) {
				bom = hasUtf8Bom(in.readNBytes(3));
			}
			Charset charset = bom || isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1251;
			String sample;
			try (var in = file.open()) {
				byte[] start = in.readNBytes(SAMPLE_BYTES + (bom ? 3 : 0));
				int from = bom ? 3 : 0;
				sample = new String(start, from, start.length - from, charset);
			}
			if (sample.isBlank()) {
				throw new ImportFileException("import.empty", "The file has no text");
			}
			return new CsvTable(file, bom, charset, detectDelimiter(sample));
		}
		catch (IOException ex) {
			throw brokenFile(ex);
		}
	}

	private Reader reader() throws IOException {
		var in = file.open();
		if (bom) {
			in.skipNBytes(3);
		}
		return new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
	}

	@Override
	public String format() {
		return "CSV · " + (charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Windows-1251") + " · "
				+ (delimiter == '\t' ? "tab" : String.valueOf(delimiter));
	}

	@Override
	public List<String> headings() {
		return headings;
	}

	@Override
	public void forEachRow(Consumer<FileRow> action) {
		try (CSVParser parser = CSVParser.parse(reader(), format(delimiter))) {
			boolean first = true;
			for (CSVRecord record : parser) {
				if (first) {
					first = false;
					continue;
				}
				var row = toRow(record);
				if (!row.isBlank()) {
					action.accept(row);
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw brokenFile(ex);
		}
	}

	private List<String> readHeadings() {
		try (CSVParser parser = CSVParser.parse(reader(), format(delimiter))) {
			var iterator = parser.iterator();
			if (!iterator.hasNext()) {
				throw new ImportFileException("import.empty", "The file has no rows");
			}
			var headings = new ArrayList<String>();
			iterator.next().forEach(cell -> headings.add(cell.strip()));
			return List.copyOf(headings);
		}
		catch (IOException | UncheckedIOException ex) {
			throw brokenFile(ex);
		}
	}

	private static FileRow toRow(CSVRecord record) {
		var cells = new ArrayList<String>(record.size());
		var formulas = new HashSet<Integer>();
		for (int i = 0; i < record.size(); i++) {
			String cell = record.get(i).strip();
			if (looksLikeFormula(cell)) {
				formulas.add(i);
			}
			cells.add(cell);
		}
		// the heading is row 1 of the spreadsheet the user sees; a quoted cell may span lines, so count records
		return new FileRow((int) record.getRecordNumber(), cells, formulas);
	}

	/**
	 * What a spreadsheet would run as a formula: =…, @…, and +/-… unless what follows is only a number or
	 * a phone (digits, spaces, brackets, dashes).
	 */
	static boolean looksLikeFormula(String cell) {
		if (cell.isEmpty()) {
			return false;
		}
		char first = cell.charAt(0);
		if (first == '=' || first == '@') {
			return true;
		}
		return (first == '+' || first == '-') && !NUMBER_OR_PHONE.matcher(cell.substring(1)).matches();
	}

	private static ImportFileException brokenFile(Exception ex) {
		String detail = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		return new ImportFileException("import.broken-csv", "The file cannot be read as CSV: " + detail
				+ " (often a quote that is opened and never closed)");
	}

	private static CSVFormat format(char delimiter) {
		return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
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

	private static boolean hasUtf8Bom(byte[] start) {
		return start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
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
