package ua.relay.platform.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * What the cell reader does not tell of a sheet: the rows hidden in it and the cells merged. Read from
 * the sheet's XML with a streaming parser that resolves no entities and loads nothing external.
 */
record SheetLayout(Set<Integer> hiddenRows, List<Merge> merges) {

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	/** A merged range, rows (1-based, as Excel numbers them) and columns (0-based) inclusive. */
	record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {

		static Merge parse(String reference) {
			String[] corners = reference.split(":");
			int[] from = cell(corners[0]);
			int[] to = corners.length > 1 ? cell(corners[1]) : from;
			return new Merge(from[0], to[0], from[1], to[1]);
		}

		/** "C12" as {12, 2}. */
		private static int[] cell(String reference) {
			int column = 0;
			int i = 0;
			while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
				column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
				i++;
			}
			return new int[] { Integer.parseInt(reference.substring(i)), column - 1 };
		}

	}

	static final SheetLayout PLAIN = new SheetLayout(Set.of(), List.of());

	/** The layout of the workbook's sheet at this position (0-based, in the workbook's order). */
	static SheetLayout of(byte[] workbook, int sheetIndex) {
		try (var zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook)).get()) {
			String sheetId = nthSheetRelationship(zip, sheetIndex);
			String part = sheetId == null ? null : target(zip, sheetId);
			var entry = part == null ? null : zip.getEntry(part);
			if (entry == null) {
				return PLAIN;
			}
			try (InputStream in = zip.getInputStream(entry)) {
				return read(in);
			}
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			// the cells are read by the workbook's own reader, which says what is broken; without a layout
			// every row is taken as visible and no cell as merged
			return PLAIN;
		}
	}

	private static SheetLayout read(InputStream sheet) throws XMLStreamException {
		var hidden = new HashSet<Integer>();
		var merges = new ArrayList<Merge>();
		var xml = parser(sheet);
		try {
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String name = xml.getLocalName();
				if (name.equals("row")) {
					String hiddenFlag = xml.getAttributeValue(null, "hidden");
					String number = xml.getAttributeValue(null, "r");
					if (number != null && ("1".equals(hiddenFlag) || "true".equals(hiddenFlag))) {
						hidden.add(Integer.parseInt(number));
					}
				}
				else if (name.equals("mergeCell")) {
					String reference = xml.getAttributeValue(null, "ref");
					if (reference != null) {
						merges.add(Merge.parse(reference));
					}
				}
			}
		}
		finally {
			xml.close();
		}
		return new SheetLayout(Set.copyOf(hidden), List.copyOf(merges));
	}

	private static String nthSheetRelationship(ZipFile zip, int index) throws IOException, XMLStreamException {
		var entry = zip.getEntry("xl/workbook.xml");
		if (entry == null) {
			return null;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			var xml = parser(in);
			int seen = 0;
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
					if (seen++ == index) {
						return xml.getAttributeValue(RELATIONSHIPS, "id");
					}
				}
			}
			return null;
		}
	}

	private static String target(ZipFile zip, String relationship) throws IOException, XMLStreamException {
		var entry = zip.getEntry("xl/_rels/workbook.xml.rels");
		if (entry == null) {
			return null;
		}
		Map<String, String> targets = new HashMap<>();
		try (InputStream in = zip.getInputStream(entry)) {
			var xml = parser(in);
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
					targets.put(xml.getAttributeValue(null, "Id"), xml.getAttributeValue(null, "Target"));
				}
			}
		}
		String target = targets.get(relationship);
		if (target == null) {
			return null;
		}
		return target.startsWith("/") ? target.substring(1) : "xl/" + target;
	}

	private static XMLStreamReader parser(InputStream in) throws XMLStreamException {
		var factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory.createXMLStreamReader(in);
	}

}
