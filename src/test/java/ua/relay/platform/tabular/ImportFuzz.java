package ua.relay.platform.tabular;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Files no one would make on purpose, from a seed: random bytes, random text in a random encoding with
 * the delimiters, quotes, line breaks, control characters and broken surrogates that break readers, and
 * workbooks with random cells, merges and hidden rows, whole or with bytes knocked out.
 */
public final class ImportFuzz {

	public record Case(String name, byte[] content, String description) {

		@Override
		public String toString() {
			return description;
		}

	}

	private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, Charset.forName("windows-1251"),
			StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1);

	private static final String PIECES = ";,\t\"\n\r '=+-@0123456789()/|або чи доб.E+.«»ТОВ ФОП Київ\u00A0\u0000\u0007\uFEFF\uFFFE\uD800\uDC00ʼ’€№ґЇ";

	private final Random random;

	public ImportFuzz(long seed) {
		this.random = new Random(seed);
	}

	public Case next(int index) {
		return switch (index % 5) {
			case 0 -> randomBytes(index);
			case 1, 2 -> randomText(index);
			case 3 -> randomWorkbook(index, false);
			default -> randomWorkbook(index, true);
		};
	}

	private Case randomBytes(int index) {
		byte[] bytes = new byte[random.nextInt(4_096)];
		random.nextBytes(bytes);
		if (bytes.length > 4 && random.nextBoolean()) {
			bytes[0] = 'P'; // a zip's signature on garbage
			bytes[1] = 'K';
			bytes[2] = 3;
			bytes[3] = 4;
		}
		return new Case(random.nextBoolean() ? "random.csv" : "random.xlsx", bytes, "#" + index + " random bytes");
	}

	private Case randomText(int index) {
		var text = new StringBuilder();
		int lines = random.nextInt(40);
		char delimiter = ";,\t".charAt(random.nextInt(3));
		text.append("Назва").append(delimiter).append("Телефон").append(delimiter).append("ЄДРПОУ").append('\n');
		for (int line = 0; line < lines; line++) {
			int cells = random.nextInt(8);
			for (int cell = 0; cell < cells; cell++) {
				if (cell > 0) {
					text.append(delimiter);
				}
				text.append(randomCell());
			}
			text.append(random.nextInt(5) == 0 ? "\r\n" : "\n");
		}
		Charset charset = CHARSETS.get(random.nextInt(CHARSETS.size()));
		return new Case("text.csv", encode(text.toString(), charset), "#" + index + " text in " + charset);
	}

	String randomCell() {
		var cell = new StringBuilder();
		int length = random.nextInt(random.nextInt(10) == 0 ? 600 : 30);
		for (int i = 0; i < length; i++) {
			int pick = random.nextInt(10);
			if (pick < 6) {
				cell.append(PIECES.charAt(random.nextInt(PIECES.length())));
			}
			else if (pick < 9) {
				cell.append((char) ('0' + random.nextInt(10)));
			}
			else {
				cell.append((char) random.nextInt(0x10000));
			}
		}
		return cell.toString();
	}

	private static byte[] encode(String text, Charset charset) {
		CharsetEncoder encoder = charset.newEncoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		try {
			ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
			byte[] out = new byte[bytes.remaining()];
			bytes.get(out);
			return out;
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Case randomWorkbook(int index, boolean damaged) {
		var workbook = new ExcelLikeWorkbook();
		if (random.nextInt(4) == 0) {
			workbook.hiddenSheet("Прихований").text(1, 0, randomCell());
		}
		var sheet = workbook.sheet("Лист" + random.nextInt(3));
		int rows = random.nextInt(40);
		for (int row = 1; row <= rows; row++) {
			int cells = random.nextInt(8);
			for (int column = 0; column < cells; column++) {
				sheet.cell(row, column, switch (random.nextInt(5)) {
					case 0 -> new ExcelLikeWorkbook.Number(String.valueOf(random.nextLong() % 1_000_000_000_000L));
					case 1 -> new ExcelLikeWorkbook.Date(random.nextInt(80_000));
					case 2 -> new ExcelLikeWorkbook.Formula("A1+1", random.nextBoolean()
							? new ExcelLikeWorkbook.Number(String.valueOf(random.nextDouble() * 1e12))
							: new ExcelLikeWorkbook.Text(randomCell()));
					default -> new ExcelLikeWorkbook.Text(randomCell().replace("\uD800", "").replace("\uDC00", ""));
				});
			}
			if (random.nextInt(10) == 0) {
				sheet.hideRow(row);
			}
		}
		for (int merges = random.nextInt(3); merges > 0; merges--) {
			int row = 1 + random.nextInt(5);
			int column = random.nextInt(6);
			sheet.merge(ExcelLikeWorkbook.column(column) + row + ":" + ExcelLikeWorkbook.column(column + random.nextInt(3))
					+ (row + random.nextInt(2)));
		}
		byte[] bytes = workbook.bytes();
		if (damaged) {
			for (int hits = 1 + random.nextInt(8); hits > 0; hits--) {
				bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
			}
		}
		return new Case("book.xlsx", bytes, "#" + index + (damaged ? " a damaged workbook" : " a workbook"));
	}

}
