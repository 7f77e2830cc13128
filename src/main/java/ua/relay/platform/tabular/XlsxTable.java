package ua.relay.platform.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * The first sheet of an XLSX workbook. Before it is opened, the zip is unpacked once into nothing, with
 * the bytes counted, so a zip bomb is refused after at most the limit, not after filling the memory.
 * Cells read as people see them; the headings are found as in delimited text ({@link Headings}). The sheet
 * is the first one not hidden; its hidden rows and merged headings are read from its XML ({@link SheetLayout}).
 */
final class XlsxTable implements TabularFile {

	private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final byte[] content;

	/** The sheet read: the first one not hidden, and how many the workbook has. */
	private final int sheet;

	private final int sheets;

	private final String sheetName;

	private final SheetLayout layout;

	private final Headings headings;

	/** The last row of the headings: further down where they are merged with the cells below them. */
	private final int headingsEnd;

	/** Columns under one merged heading ("Телефон" over two columns), read as one. */
	private final List<SheetLayout.Merge> joined;

	private XlsxTable(byte[] content) {
		this.content = content;
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(content), WITH_FORMATS)) {
			var all = workbook.getSheets().toList();
			var visible = all.stream().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).findFirst()
				.orElse(all.isEmpty() ? null : all.get(0));
			if (visible == null) {
				throw new ImportFileException("import.empty", "The workbook has no sheets");
			}
			this.sheet = all.indexOf(visible);
			this.sheets = all.size();
			this.sheetName = visible.getName();
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportFileException refused) {
				throw refused;
			}
			throw unreadable(ex);
		}
		this.layout = SheetLayout.of(content, sheet);
		var found = readHeadings();
		this.joined = layout.merges().stream()
			.filter(m -> m.firstRow() == found.row() && m.lastColumn() > m.firstColumn())
			.toList();
		this.headingsEnd = layout.merges().stream().filter(m -> m.firstRow() == found.row())
			.mapToInt(SheetLayout.Merge::lastRow).max().orElse(found.row());
		this.headings = new Headings(found.row(), namedUnderMerges(found.cells()));
	}

	/** A workbook is a zip, read from its end: it is held in memory (its size was limited at upload). */
	static XlsxTable read(FileContent file, FileLimits limits) {
		byte[] content;
		try (var in = file.open()) {
			content = in.readAllBytes();
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
		checkUnpackedSize(content, limits);
		return new XlsxTable(content);
	}

	@Override
	public String format() {
		return sheets > 1 ? "XLSX · " + sheetName + " · " + (sheet + 1) + "/" + sheets : "XLSX";
	}

	@Override
	public List<String> headings() {
		return headings.cells();
	}

	/**
	 * Only what the parser throws means a broken workbook (bad XML, missing parts surface as whatever it
	 * throws); what {@code action} throws is its own and passes through as it is. A hidden row comes marked
	 * so, to be reported and left out.
	 */
	@Override
	public void readRows(Predicate<FileRow> action) {
		rows(row -> row.number() <= headingsEnd || row.isBlank() || action.test(joinMerged(row)));
	}

	/** The columns under a merged heading after the first are named after it: "Телефон", "Телефон (2)". */
	private List<String> namedUnderMerges(List<String> cells) {
		var named = new ArrayList<>(cells);
		for (var merge : joined) {
			while (named.size() <= merge.lastColumn()) {
				named.add("");
			}
			String heading = named.get(merge.firstColumn());
			for (int column = merge.firstColumn() + 1; column <= merge.lastColumn(); column++) {
				if (named.get(column).isBlank()) {
					named.set(column, heading + " (" + (column - merge.firstColumn() + 1) + ")");
				}
			}
		}
		return List.copyOf(named);
	}

	/** The first column under a merged heading holds what all its columns hold, "; " between. */
	private FileRow joinMerged(FileRow row) {
		if (joined.isEmpty() && !layout.hiddenRows().contains(row.number())) {
			return row;
		}
		var cells = new ArrayList<>(row.cells());
		for (var merge : joined) {
			var parts = new ArrayList<String>();
			for (int column = merge.firstColumn(); column <= merge.lastColumn(); column++) {
				if (!row.cell(column).isBlank()) {
					parts.add(row.cell(column));
				}
			}
			while (cells.size() <= merge.firstColumn()) {
				cells.add("");
			}
			cells.set(merge.firstColumn(), String.join("; ", parts));
		}
		return new FileRow(row.number(), cells, row.formulaColumns(), layout.hiddenRows().contains(row.number()));
	}

	private Headings readHeadings() {
		var first = new ArrayList<FileRow>();
		rows(row -> first.add(row) && first.size() < Headings.LOOK_AHEAD);
		var found = Headings.find(first.stream().filter(row -> !layout.hiddenRows().contains(row.number())).iterator());
		if (found == null) {
			throw new ImportFileException("import.empty", "The first sheet has no rows");
		}
		return found;
	}

	/**
	 * Every row of the sheet, headings and blank ones included, for as long as {@code action} answers true.
	 * What the workbook's reader throws, opening the sheet or reading it, means a broken workbook; what
	 * {@code action} throws passes through as it is.
	 */
	private void rows(Predicate<FileRow> action) {
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(content), WITH_FORMATS);
				var rows = workbook.getSheet(sheet).orElseThrow().openStream()) {
			var iterator = rows.iterator();
			while (true) {
				FileRow row;
				try {
					if (!iterator.hasNext()) {
						return;
					}
					row = toRow(iterator.next());
				}
				catch (RuntimeException ex) {
					throw unreadable(ex);
				}
				try {
					if (!action.test(row)) {
						return;
					}
				}
				catch (RuntimeException ex) {
					throw new NotTheWorkbooks(ex);
				}
			}
		}
		catch (NotTheWorkbooks ex) {
			throw ex.getCause();
		}
		catch (ImportFileException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw unreadable(ex);
		}
	}

	/** Carries what the rows' reader threw past the handling of the workbook's own failures. */
	private static final class NotTheWorkbooks extends RuntimeException {

		NotTheWorkbooks(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}

	}

	private static FileRow toRow(Row row) {
		var cells = new ArrayList<String>();
		var formulas = new HashSet<Integer>();
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			if (cell == null) {
				cells.add("");
				continue;
			}
			if (cell.getType() == CellType.FORMULA || cell.getFormula() != null) {
				formulas.add(i);
			}
			cells.add(text(cell).strip());
		}
		return new FileRow(row.getRowNum(), cells, formulas);
	}

	/**
	 * A cell as people see it: a number without the float's tail (a code stored as 1436057.0 reads
	 * "1436057"), a date as a date, a formula as the value it last gave.
	 */
	private static String text(Cell cell) {
		if (cell.getType() == CellType.NUMBER) {
			if (isDate(cell)) {
				var when = cell.asDate();
				return when.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY.format(when) : DAY_AND_TIME.format(when);
			}
			return plain(cell.asNumber());
		}
		if (cell.getType() == CellType.FORMULA) {
			String cached = cell.getRawValue();
			if (cached == null) {
				return "";
			}
			try {
				return plain(new BigDecimal(cached));
			}
			catch (NumberFormatException text) {
				return cached;
			}
		}
		String text = cell.getText();
		return text == null ? "" : text;
	}

	private static String plain(BigDecimal number) {
		return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
	}

	/** Whether the cell's number format shows a date: the built-in date formats, or days, months or years in its own. */
	private static boolean isDate(Cell cell) {
		Integer id = cell.getDataFormatId();
		if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
			return true;
		}
		String format = cell.getDataFormatString();
		if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
			return false;
		}
		String shown = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", ""); // quoted text, [colours], escapes
		return shown.matches("(?i).*[dmy].*") && !shown.matches("(?i).*[#0?].*");
	}

	private static void checkUnpackedSize(byte[] content, FileLimits limits) {
		long unpacked = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (var zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			var all = zip.getEntries();
			while (all.hasMoreElements()) {
				ZipArchiveEntry entry = all.nextElement();
				if (++entries > limits.maxZipEntries()) {
					throw new ImportFileException("import.zip-bomb",
							"The workbook has more than " + limits.maxZipEntries() + " parts: refused");
				}
				try (InputStream in = zip.getInputStream(entry)) {
					int read;
					while ((read = in.read(buffer)) > 0) {
						unpacked += read; // what it really unpacks to, whatever its headers claim
						if (unpacked > limits.maxUnzippedBytes()) {
							throw new ImportFileException("import.zip-bomb", "The workbook unpacks to more than "
									+ limits.maxUnzippedBytes() / (1024 * 1024) + " MiB: refused");
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
		if (entries == 0) {
			throw new ImportFileException("import.not-xlsx", "The file is a zip with nothing in it");
		}
	}

	private static ImportFileException unreadable(Exception ex) {
		String detail = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		return new ImportFileException("import.broken-xlsx", "The workbook cannot be read: " + detail, detail);
	}

}
