package ua.relay.accounts.pdf;

import java.io.ByteArrayOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import ua.relay.accounts.InvoiceView;
import ua.relay.accounts.domain.AmountInWords;
import ua.relay.platform.pdf.PdfKit;
import ua.relay.shared.Iban;

/**
 * The invoice for payment ("Рахунок на оплату") as Ukrainian companies issue it: the supplier's
 * requisites with its IBAN, the buyer's, the lines with prices without VAT, the VAT (or "Без ПДВ"), the
 * total in figures and in words, and the day to pay by.
 */
public final class InvoicePdf {

	private InvoicePdf() {
	}

	public static byte[] render(InvoiceView invoice) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 50, 50, 50, 50);
		PdfWriter.getInstance(document, out);
		document.addTitle("Рахунок на оплату " + invoice.number());
		document.open();
		var text = PdfKit.regular(10);
		var strong = PdfKit.bold(10);
		String[] supplier = invoice.supplier().split("\n", -1);

		var parties = new PdfPTable(new float[] { 1.3f, 4f });
		parties.setWidthPercentage(100);
		parties.addCell(plain("Постачальник:", strong));
		parties.addCell(plain(supplier[0] + "\nЄДРПОУ " + supplier[1] + "\n" + supplier[2] + "\nIBAN "
				+ Iban.of(supplier[3]).grouped() + " в " + supplier[4]
				+ (supplier.length > 5 && !supplier[5].isEmpty() ? "\nТел. " + supplier[5] : ""), text));
		parties.addCell(plain("Покупець:", strong));
		parties.addCell(plain(invoice.buyerName() + (invoice.buyerEdrpou() == null ? "" : "\nЄДРПОУ " + invoice.buyerEdrpou())
				+ (invoice.buyerAddress() == null ? "" : "\n" + invoice.buyerAddress())
				+ (invoice.buyerIban() == null ? "" : "\nIBAN " + Iban.of(invoice.buyerIban()).grouped()), text));
		document.add(parties);

		var title = new Paragraph("Рахунок на оплату № " + invoice.number() + " від " + PdfKit.day(invoice.issuedOn()),
				PdfKit.bold(15));
		title.setAlignment(Element.ALIGN_CENTER);
		title.setSpacingBefore(18);
		title.setSpacingAfter(12);
		document.add(title);

		// columns wide enough for their longest word, so no cell breaks a word in two
		var lines = new PdfPTable(new float[] { 0.5f, 4.3f, 1.0f, 1.4f, 1.9f, 1.9f });
		lines.setWidthPercentage(100);
		var heading = PdfKit.bold(9);
		for (String name : new String[] { "№", "Товари (роботи, послуги)", "К-сть", "Од.",
				invoice.vatRate() > 0 ? "Ціна без ПДВ" : "Ціна", invoice.vatRate() > 0 ? "Сума без ПДВ" : "Сума" }) {
			lines.addCell(boxed(name, heading, Element.ALIGN_CENTER));
		}
		for (var line : invoice.lines()) {
			lines.addCell(boxed(String.valueOf(line.position()), text, Element.ALIGN_CENTER));
			lines.addCell(boxed(line.description(), text, Element.ALIGN_LEFT));
			lines.addCell(boxed(line.quantity().stripTrailingZeros().toPlainString(), text, Element.ALIGN_RIGHT));
			lines.addCell(boxed(line.unit(), text, Element.ALIGN_CENTER));
			lines.addCell(boxed(PdfKit.amount(line.netPrice()), text, Element.ALIGN_RIGHT));
			lines.addCell(boxed(PdfKit.amount(line.netAmount()), text, Element.ALIGN_RIGHT));
		}
		document.add(lines);

		var sums = new PdfPTable(new float[] { 8f, 2f });
		sums.setWidthPercentage(100);
		if (invoice.vatRate() > 0) {
			sum(sums, "Разом без ПДВ:", PdfKit.amount(invoice.net()), strong);
			sum(sums, "ПДВ " + invoice.vatRate() + "%:", PdfKit.amount(invoice.vat()), strong);
			sum(sums, "Всього з ПДВ:", PdfKit.amount(invoice.total()), strong);
		}
		else {
			sum(sums, "Разом:", PdfKit.amount(invoice.total()), strong);
			sum(sums, "Без ПДВ", "", strong);
		}
		document.add(sums);

		var words = new Paragraph("Всього на суму: " + AmountInWords.hryvnias(invoice.total())
				+ (invoice.vatRate() > 0 ? ", у т. ч. ПДВ: " + PdfKit.amount(invoice.vat()) + " грн." : ", без ПДВ."), strong);
		words.setSpacingBefore(10);
		document.add(words);
		document.add(new Paragraph("Сплатити до: " + PdfKit.day(invoice.dueOn()), text));

		var signatures = new PdfPTable(new float[] { 1f, 1f });
		signatures.setWidthPercentage(100);
		signatures.setSpacingBefore(36);
		signatures.addCell(plain("Директор  ______________________", text));
		signatures.addCell(plain("Бухгалтер  ______________________", text));
		document.add(signatures);
		var issued = new Paragraph("Рахунок виписав(ла): " + invoice.issuedBy(), PdfKit.regular(9));
		issued.setSpacingBefore(12);
		document.add(issued);
		document.close();
		return out.toByteArray();
	}

	private static PdfPCell plain(String value, Font font) {
		var cell = new PdfPCell(new Phrase(value, font));
		cell.setBorder(0);
		cell.setPaddingBottom(6);
		return cell;
	}

	private static PdfPCell boxed(String value, Font font, int alignment) {
		var cell = new PdfPCell(new Phrase(value, font));
		cell.setPadding(4);
		cell.setHorizontalAlignment(alignment);
		return cell;
	}

	private static void sum(PdfPTable table, String label, String value, Font font) {
		var name = new PdfPCell(new Phrase(label, font));
		name.setBorder(0);
		name.setHorizontalAlignment(Element.ALIGN_RIGHT);
		table.addCell(name);
		var amount = new PdfPCell(new Phrase(value, font));
		amount.setBorder(0);
		amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
		table.addCell(amount);
	}

}
