package ua.relay.conversion.pdf;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import ua.relay.conversion.QuoteView;
import ua.relay.party.CompanyCard;
import ua.relay.platform.Supplier;
import ua.relay.platform.pdf.PdfKit;

/**
 * A quote as a one-page PDF in Ukrainian ("Комерційна пропозиція"), with the font embedded (see
 * {@link PdfKit}), so it reads the same on any computer and prints as it shows.
 */
public final class QuotePdf {

	private QuotePdf() {
	}

	/** Who the client writes or calls about the quote: the closer, with their e-mail and line. */
	public record Contact(String name, String email, String phone) {
	}

	public static byte[] render(QuoteView quote, CompanyCard client, Supplier supplier, LocalDate issuedOn, Contact manager) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 56, 56, 56, 56);
		PdfWriter.getInstance(document, out);
		document.addTitle("Комерційна пропозиція " + quote.number());
		document.addAuthor(supplier.name());
		document.open();
		var small = PdfKit.regular(9);
		var text = PdfKit.regular(11);
		var strong = PdfKit.bold(11);
		document.add(new Paragraph(supplier.name(), PdfKit.bold(13)));
		document.add(new Paragraph("ЄДРПОУ " + supplier.edrpou() + " · " + supplier.address(), small));
		document.add(new Paragraph("Тел. " + supplier.phone() + " · " + supplier.email(), small));
		var title = new Paragraph("Комерційна пропозиція № " + quote.number() + " від " + PdfKit.day(issuedOn),
				PdfKit.bold(16));
		title.setSpacingBefore(24);
		title.setSpacingAfter(12);
		document.add(title);
		document.add(new Paragraph("Для: " + client.displayName()
				+ (client.edrpou() == null ? "" : ", ЄДРПОУ " + client.edrpou()), text));
		document.add(new Paragraph("Пропонуємо перевезення вантажу на таких умовах:", text));

		var table = new PdfPTable(new float[] { 3.0f, 2.6f, 1.7f, 1.4f, 2.0f });
		table.setWidthPercentage(100);
		table.setSpacingBefore(12);
		table.setSpacingAfter(12);
		for (String heading : new String[] { "Маршрут", "Вантаж", "Вага, кг", "Об'єм, м³", "Вартість, грн" }) {
			var cell = new PdfPCell(new Phrase(heading, strong));
			cell.setPadding(5);
			table.addCell(cell);
		}
		table.addCell(cell(quote.routeFrom() + " — " + quote.routeTo(), text, Element.ALIGN_LEFT));
		table.addCell(cell(quote.cargoType(), text, Element.ALIGN_LEFT));
		table.addCell(cell(PdfKit.amount(quote.weightKg()), text, Element.ALIGN_RIGHT));
		table.addCell(cell(quote.volumeM3() == null ? "—" : PdfKit.amount(quote.volumeM3()), text, Element.ALIGN_RIGHT));
		table.addCell(cell(PdfKit.amount(quote.price().amount()), text, Element.ALIGN_RIGHT));
		document.add(table);

		document.add(new Paragraph("Вартість перевезення: " + PdfKit.amount(quote.price().amount()) + " грн" + vat(quote, supplier)
				+ ".", strong));
		document.add(new Paragraph("Пропозиція дійсна до " + PdfKit.day(quote.validUntil()) + " включно.", text));
		var signature = new Paragraph("Ваш менеджер: " + manager.name(), strong);
		signature.setSpacingBefore(24);
		document.add(signature);
		var contacts = new StringBuilder();
		if (manager.email() != null) {
			contacts.append("E-mail: ").append(manager.email());
		}
		if (manager.phone() != null) {
			contacts.append(contacts.isEmpty() ? "" : " · ").append("Тел. ").append(manager.phone());
		}
		if (!contacts.isEmpty()) {
			document.add(new Paragraph(contacts.toString(), text));
		}
		document.close();
		return out.toByteArray();
	}

	/** The price's VAT as the supplier pays it: included at 20 %, or none (not a VAT payer). */
	private static String vat(QuoteView quote, Supplier supplier) {
		if (!supplier.vatPayer()) {
			return ", без ПДВ (постачальник не є платником ПДВ)";
		}
		var vat = quote.price().amount().subtract(quote.price().amount().divide(new java.math.BigDecimal("1.20"), 2,
				java.math.RoundingMode.HALF_UP));
		return ", у т. ч. ПДВ 20 % — " + PdfKit.amount(vat) + " грн";
	}

	private static PdfPCell cell(String value, Font font, int alignment) {
		var cell = new PdfPCell(new Phrase(value, font));
		cell.setPadding(5);
		cell.setHorizontalAlignment(alignment);
		return cell;
	}

}
