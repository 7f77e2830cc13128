package ua.relay.analytics.pdf;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import ua.relay.analytics.Statement;
import ua.relay.analytics.StatementItem;
import ua.relay.platform.pdf.PdfKit;

/** An employee's monthly commission statement in Ukrainian: every item with its day, base, rate and amount, and the total. */
public final class StatementPdf {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final String[] MONTHS = { "січень", "лютий", "березень", "квітень", "травень", "червень", "липень",
			"серпень", "вересень", "жовтень", "листопад", "грудень" };

	private StatementPdf() {
	}

	/** "3 позиції", "5 позицій": Ukrainian plural forms by ICU's rules. */
	private static final com.ibm.icu.text.MessageFormat ITEMS = new com.ibm.icu.text.MessageFormat(
			"{0, plural, one{# позиція} few{# позиції} many{# позицій} other{# позиції}}", new com.ibm.icu.util.ULocale("uk"));

	private static String kind(StatementItem item) {
		return switch (item.kind()) {
			case LEAD_ACCEPTED -> "Лід прийнято рівнем 2";
			case MEETING_HELD -> "Зустріч відбулася";
			case FIRST_SALE -> "Перший продаж";
			case REPEAT_SALE -> "Повторне замовлення";
			case CLASSIC -> "Виручка (класична модель)";
		};
	}

	public static byte[] render(Statement statement, ZoneId zone) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter.getInstance(document, out);
		String month = MONTHS[statement.month().getMonthValue() - 1] + " " + statement.month().getYear();
		document.addTitle("Комісійні " + statement.employeeName() + ", " + month);
		document.open();
		document.add(new Paragraph("Розрахунок комісійних за " + month, PdfKit.bold(15)));
		document.add(new Paragraph(statement.employeeName(), PdfKit.regular(11)));
		document.add(new Paragraph(" "));
		var table = new PdfPTable(new float[] { 14, 30, 30, 14, 10, 14 });
		table.setWidthPercentage(100);
		var head = PdfKit.bold(9);
		var text = PdfKit.regular(9);
		for (String title : new String[] { "Дата", "За що", "Джерело", "База, грн", "Ставка", "Сума, грн" }) {
			table.addCell(cell(title, head, Element.ALIGN_LEFT));
		}
		for (var item : statement.items()) {
			table.addCell(cell(DAY.format(item.at().atZone(zone)), text, Element.ALIGN_LEFT));
			table.addCell(cell(kind(item), text, Element.ALIGN_LEFT));
			table.addCell(cell(item.description(), text, Element.ALIGN_LEFT));
			table.addCell(cell(item.base() == null ? "—" : PdfKit.amount(item.base()), text, Element.ALIGN_RIGHT));
			table.addCell(cell(item.kind().percent() ? item.rate().stripTrailingZeros().toPlainString().replace('.', ',') + " %"
					: PdfKit.amount(item.rate()), text, Element.ALIGN_RIGHT));
			table.addCell(cell(PdfKit.amount(item.amount()), text, Element.ALIGN_RIGHT));
		}
		document.add(table);
		var total = new Paragraph("Разом: " + PdfKit.amount(statement.total()) + " грн ("
				+ ITEMS.format(new Object[] { statement.items().size() }) + ")", PdfKit.bold(11));
		total.setAlignment(Element.ALIGN_RIGHT);
		document.add(total);
		document.close();
		return out.toByteArray();
	}

	private static PdfPCell cell(String text, Font font, int align) {
		var cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(align);
		cell.setPadding(4);
		return cell;
	}

}
