package ua.relay.platform.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.dhatim.fastexcel.Workbook;

/**
 * XLSX for a {@link Table}: numbers as numbers, everything else as text cells, which a spreadsheet shows
 * and never evaluates (no cell is written as a formula); text that looks like a formula is also marked as
 * {@link SafeCsv} marks it, so it stays inert when the sheet is saved again as CSV.
 */
public final class SafeXlsx {

	private SafeXlsx() {
	}

	public static byte[] write(Table table) {
		var out = new ByteArrayOutputStream();
		try {
			var workbook = new Workbook(out, "Relay", "1.0");
			var sheet = workbook.newWorksheet(table.name().length() > 31 ? table.name().substring(0, 31) : table.name());
			for (int c = 0; c < table.header().size(); c++) {
				sheet.value(0, c, SafeCsv.cell(table.header().get(c)));
				sheet.style(0, c).bold().set();
			}
			for (int r = 0; r < table.rows().size(); r++) {
				var row = table.rows().get(r);
				for (int c = 0; c < row.size(); c++) {
					Object value = row.get(c);
					if (value instanceof BigDecimal number) {
						sheet.value(r + 1, c, number);
					}
					else if (value instanceof Number number) {
						sheet.value(r + 1, c, number);
					}
					else if (value != null) {
						sheet.value(r + 1, c, SafeCsv.cell(value));
					}
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
