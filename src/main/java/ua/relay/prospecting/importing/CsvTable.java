package ua.relay.prospecting.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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

	private final String text;

	private final Charset charset;

	private final char delimiter;

	private final List<String> headings;

	private CsvTable(String text, Charset charset, char delimiter) {
		this.text = text;
		this.charset = charset;
		this.delimiter = delimiter;
		this.headings = readHeadings();
	}

	static CsvTable read(byte[] content) {
		int start = hasUtf8Bom(content) ? 3 : 0;
		Charset charset = start == 3 || isUtf8(content, start) ? StandardCharsets.UTF_8 : WINDOWS_1251;
		String text = new String(content, start, content.length - start, charset);
		if (text.isBlank()) {
			throw new ImportFileException("import.empty", "The file has no text");
		}
		return new CsvTable(text, charset, detectDelimiter(text));
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
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format(delimiter))) {
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
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format(delimiter))) {
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
		var sample = sample(text);
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

	private static String sample(String text) {
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

	private static boolean hasUtf8Bom(byte[] content) {
		return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF;
	}

	private static boolean isUtf8(byte[] content, int start) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, start, content.length - start));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
