package ua.relay.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * What Relay's PDF documents share: DejaVu Sans embedded (it has the Cyrillic letters, so a document
 * reads the same on any computer), and amounts and dates as Ukrainian documents write them.
 */
public final class PdfKit {

	private static final BaseFont REGULAR = font("fonts/DejaVuSans.ttf");

	private static final BaseFont BOLD = font("fonts/DejaVuSans-Bold.ttf");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private PdfKit() {
	}

	public static Font regular(float size) {
		return new Font(REGULAR, size);
	}

	public static Font bold(float size) {
		return new Font(BOLD, size);
	}

	/** 48 500,00, its groups held together by non-breaking spaces so a cell never splits an amount. */
	public static String amount(BigDecimal value) {
		var symbols = new DecimalFormatSymbols(Locale.forLanguageTag("uk"));
		symbols.setGroupingSeparator('\u00a0');
		symbols.setDecimalSeparator(',');
		return new DecimalFormat("#,##0.00", symbols).format(value);
	}

	/** 27.11.2026 */
	public static String day(LocalDate date) {
		return DAY.format(date);
	}

	private static BaseFont font(String resource) {
		try (InputStream in = PdfKit.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The font " + resource + " is missing from the application");
			}
			return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
					BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
