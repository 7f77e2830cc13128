package ua.relay.prospecting.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX workbook. Before it is opened, the zip is unpacked once into nothing, with
 * the bytes counted, so a zip bomb is refused after at most the limit, not after filling the memory.
 * Numbers are written as people see them (a code stored as the number 1436057.0 reads "1436057").
 */
final class XlsxTable implements TabularFile {

	private final byte[] content;

	private final List<String> headings;

	private XlsxTable(byte[] content) {
		this.content = content;
		this.headings = readHeadings();
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
		return "XLSX";
	}

	@Override
	public List<String> headings() {
		return headings;
	}

	@Override
	public void forEachRow(Consumer<FileRow> action) {
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				var rows = workbook.getFirstSheet().openStream()) {
			rows.skip(1).map(XlsxTable::toRow).filter(row -> !row.isBlank()).forEach(action);
		}
		catch (ImportFileException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// a workbook broken inside (bad XML, missing parts) surfaces as whatever the parser throws
			throw unreadable(ex);
		}
	}

	private List<String> readHeadings() {
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				var rows = workbook.getFirstSheet().openStream()) {
			return rows.findFirst()
				.map(row -> List.copyOf(toRow(row).cells()))
				.orElseThrow(() -> new ImportFileException("import.empty", "The first sheet has no rows"));
		}
		catch (ImportFileException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw unreadable(ex);
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

	private static String text(Cell cell) {
		if (cell.getType() == CellType.NUMBER) {
			BigDecimal number = cell.asNumber();
			return number.stripTrailingZeros().toPlainString();
		}
		String text = cell.getText();
		return text == null ? "" : text;
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
		return new ImportFileException("import.broken-xlsx", "The workbook cannot be read: " + ex.getMessage());
	}

}
