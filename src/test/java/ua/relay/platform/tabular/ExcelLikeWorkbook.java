package ua.relay.platform.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook written the way Excel writes one, part by part, for tests of what a reader must cope with:
 * text in the shared strings table, numbers as numbers, dates as numbers with a date format, formulas
 * with the value Excel last computed, hidden rows, merged cells, hidden sheets.
 */
public final class ExcelLikeWorkbook {

	/** A cell: text, a number, a date (days since 1900 as Excel counts them) or a formula with its cached value. */
	public sealed interface Cell permits Text, Number, Date, Formula {
	}

	public record Text(String value) implements Cell {
	}

	public record Number(String value) implements Cell {
	}

	public record Date(int serial) implements Cell {
	}

	public record Formula(String formula, Cell cached) implements Cell {
	}

	public static final class Sheet {

		private final String name;

		private final boolean hidden;

		private final Map<Integer, Map<Integer, Cell>> rows = new LinkedHashMap<>();

		private final Set<Integer> hiddenRows = new HashSet<>();

		private final List<String> merges = new ArrayList<>();

		Sheet(String name, boolean hidden) {
			this.name = name;
			this.hidden = hidden;
		}

		/** Row and column from 1 and 0, as {@link FileRow} numbers them. */
		public Sheet cell(int row, int column, Cell cell) {
			rows.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(column, cell);
			return this;
		}

		public Sheet text(int row, int column, String text) {
			return cell(row, column, new Text(text));
		}

		public Sheet hideRow(int row) {
			hiddenRows.add(row);
			return this;
		}

		/** "B1:C1". */
		public Sheet merge(String range) {
			merges.add(range);
			return this;
		}

	}

	private final List<Sheet> sheets = new ArrayList<>();

	public Sheet sheet(String name) {
		var sheet = new Sheet(name, false);
		sheets.add(sheet);
		return sheet;
	}

	public Sheet hiddenSheet(String name) {
		var sheet = new Sheet(name, true);
		sheets.add(sheet);
		return sheet;
	}

	public byte[] bytes() {
		var strings = new LinkedHashMap<String, Integer>();
		var sheetXml = new ArrayList<String>();
		for (var sheet : sheets) {
			sheetXml.add(sheetXml(sheet, strings));
		}
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			put(zip, "[Content_Types].xml", contentTypes());
			put(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
					Target="xl/workbook.xml"/></Relationships>""");
			put(zip, "xl/workbook.xml", workbookXml());
			put(zip, "xl/_rels/workbook.xml.rels", workbookRels());
			put(zip, "xl/styles.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
					<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/></numFmts>\
					<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
					<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
					<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
					<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
					<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
					<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
					</styleSheet>""");
			put(zip, "xl/sharedStrings.xml", sharedStrings(strings));
			for (int i = 0; i < sheetXml.size(); i++) {
				put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheetXml.get(i));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(xml.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private String contentTypes() {
		var xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
				<Default Extension="xml" ContentType="application/xml"/>\
				<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
				<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
				<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""");
		for (int i = 1; i <= sheets.size(); i++) {
			xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
				.append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
		}
		return xml.append("</Types>").toString();
	}

	private String workbookXml() {
		var xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
				xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
		for (int i = 0; i < sheets.size(); i++) {
			var sheet = sheets.get(i);
			xml.append("<sheet name=\"").append(escape(sheet.name)).append("\" sheetId=\"").append(i + 1).append('"')
				.append(sheet.hidden ? " state=\"hidden\"" : "").append(" r:id=\"rId").append(i + 10).append("\"/>");
		}
		return xml.append("</sheets></workbook>").toString();
	}

	private String workbookRels() {
		var xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
				<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""");
		for (int i = 0; i < sheets.size(); i++) {
			xml.append("<Relationship Id=\"rId").append(i + 10)
				.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
				.append(i + 1).append(".xml\"/>");
		}
		return xml.append("</Relationships>").toString();
	}

	private static String sheetXml(Sheet sheet, Map<String, Integer> strings) {
		var xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
				xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>""");
		sheet.rows.keySet().stream().sorted().forEach(row -> {
			xml.append("<row r=\"").append(row).append('"').append(sheet.hiddenRows.contains(row) ? " hidden=\"1\"" : "").append('>');
			sheet.rows.get(row).entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
				String reference = column(entry.getKey()) + row;
				xml.append(cellXml(reference, entry.getValue(), strings));
			});
			xml.append("</row>");
		});
		xml.append("</sheetData>");
		if (!sheet.merges.isEmpty()) {
			xml.append("<mergeCells count=\"").append(sheet.merges.size()).append("\">");
			sheet.merges.forEach(range -> xml.append("<mergeCell ref=\"").append(range).append("\"/>"));
			xml.append("</mergeCells>");
		}
		return xml.append("</worksheet>").toString();
	}

	private static String cellXml(String reference, Cell cell, Map<String, Integer> strings) {
		String at = "<c r=\"" + reference + "\"";
		if (cell instanceof Text text) {
			return at + " t=\"s\"><v>" + strings.computeIfAbsent(text.value(), s -> strings.size()) + "</v></c>";
		}
		if (cell instanceof Number number) {
			return at + "><v>" + number.value() + "</v></c>";
		}
		if (cell instanceof Date date) {
			return at + " s=\"1\"><v>" + date.serial() + "</v></c>";
		}
		var formula = (Formula) cell;
		if (formula.cached() instanceof Text text) {
			return at + " t=\"str\"><f>" + escape(formula.formula()) + "</f><v>" + escape(text.value()) + "</v></c>";
		}
		if (formula.cached() instanceof Number number) {
			return at + "><f>" + escape(formula.formula()) + "</f><v>" + number.value() + "</v></c>";
		}
		throw new IllegalArgumentException("A formula caches text or a number");
	}

	private static String sharedStrings(Map<String, Integer> strings) {
		var xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">"""
			.formatted(strings.size(), strings.size()));
		strings.keySet().forEach(text -> xml.append("<si><t xml:space=\"preserve\">").append(escape(text)).append("</t></si>"));
		return xml.append("</sst>").toString();
	}

	/** 0 → A, 25 → Z, 26 → AA. */
	static String column(int index) {
		var name = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			name.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return name.toString();
	}

	/** Text as XML 1.0 can carry it: what it cannot (a NUL, a lone surrogate) Excel writes as _x0000_. */
	private static String escape(String text) {
		var out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				default -> {
					boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1));
					if (paired) {
						out.append(c).append(text.charAt(++i));
					}
					else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
							|| Character.isSurrogate(c)) {
						out.append("_x%04X_".formatted((int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
