package ua.relay.platform.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that a spreadsheet opens as text it cannot run: a cell that begins like a formula ({@code = + - @},
 * a tab or a carriage return) and is not a plain number gets a leading apostrophe. UTF-8 with a byte order
 * mark, so Excel reads Cyrillic right; ";" separates and a number's decimals follow a comma ("2200,50"),
 * as spreadsheets set up for Ukraine read and sum them.
 */
public final class SafeCsv {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private SafeCsv() {
	}

	/** The cell as it may be written: formula-like text neutralised, numbers left alone. */
	public static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
			String plain = value instanceof BigDecimal decimal ? decimal.toPlainString()
					: new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
			return plain.replace('.', ',');
		}
		String text = value.toString();
		if (text.isEmpty() || NUMBER.matcher(text).matches()) {
			return text;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text
				: text;
	}

	public static byte[] write(List<String> header, List<List<Object>> rows) {
		var out = new StringWriter();
		try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
			printer.printRecord(header.stream().map(SafeCsv::cell).toList());
			for (var row : rows) {
				printer.printRecord(row.stream().map(SafeCsv::cell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
	}

}
