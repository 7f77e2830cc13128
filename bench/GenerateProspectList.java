import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A prospect list as people send them: N rows of "Назва;Телефон;ЄДРПОУ;Місто;Галузь;Працівників" in
 * UTF-8 with phones written every which way (0XX…, +38 (0XX) …, 8 0XX …, 380…, nine digits that lost
 * their 0, two numbers in a cell), 5 % rows repeating an earlier company (same EDRPOU or phone under
 * another name) and 2 % bad rows (a number that is no phone, a wrong EDRPOU check digit, no name).
 * Seeded: the same arguments give the same file.
 *
 * Usage: java GenerateProspectList.java ROWS LIST.csv [SEED]
 */
public class GenerateProspectList {

	private static final String[] OPERATORS = { "50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99" };

	private static final String[] CITIES = { "Київ", "Львів", "Одеса", "Дніпро", "Харків", "Запоріжжя", "Вінниця",
			"Полтава", "Чернігів", "Ужгород", "Луцьк", "Рівне" };

	private static final String[] INDUSTRIES = { "Логістика", "Виробництво", "Роздрібна торгівля", "Агро", "Будівництво",
			"Фармацевтика", "Електроніка", "Меблі" };

	private static final String[] WORDS = { "Транс", "Агро", "Буд", "Торг", "Сервіс", "Груп", "Інвест", "Логістик",
			"Експрес", "Мега", "Дніпро", "Карпати", "Поділля", "Сіверськ", "Степ", "Океан" };

	public static void main(String[] args) throws IOException {
		int rows = Integer.parseInt(args[0]);
		Path list = Path.of(args[1]);
		var random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 2026L);
		int[] edrpous = new int[rows];
		long[] phones = new long[rows];
		int good = 0;
		int duplicates = 0;
		int bad = 0;
		try (BufferedWriter out = Files.newBufferedWriter(list, StandardCharsets.UTF_8)) {
			out.write("Назва;Телефон;ЄДРПОУ;Місто;Галузь;Працівників\n");
			for (int i = 0; i < rows; i++) {
				String name = "ТОВ «" + WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)] + " " + (i + 1) + "»";
				String city = CITIES[random.nextInt(CITIES.length)];
				String industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
				int employees = 1 + random.nextInt(random.nextBoolean() ? 50 : 2_000);
				int roll = random.nextInt(100);
				int edrpou = withCheckDigit(1_000_000 + i * 3 + random.nextInt(3));
				long phone = 380_000_000_000L + Long.parseLong(OPERATORS[random.nextInt(OPERATORS.length)]) * 10_000_000L
						+ Math.floorMod(i * 7_919L + 1_234_567L, 10_000_000L);
				if (roll < 5 && good > 0) {
					int earlier = random.nextInt(i);
					while (edrpous[earlier] == 0) {
						earlier = random.nextInt(i);
					}
					if (random.nextBoolean()) {
						edrpou = edrpous[earlier]; // the same company under another name
					}
					else {
						phone = phones[earlier];
						edrpou = 0;
					}
					duplicates++;
				}
				else if (roll < 7) {
					switch (random.nextInt(3)) {
						case 0 -> phone = -1; // no phone at all
						case 1 -> edrpou = edrpou / 10 * 10 + (edrpou % 10 + 1) % 10; // a wrong check digit
						default -> name = "";
					}
					bad++;
				}
				else {
					edrpous[i] = edrpou;
					phones[i] = phone;
					good++;
				}
				out.write(cell(name));
				out.write(';');
				out.write(phone < 0 ? "123-45" : messy(phone, random));
				out.write(';');
				out.write(edrpou == 0 ? "" : "%08d".formatted(edrpou));
				out.write(';');
				out.write(city);
				out.write(';');
				out.write(industry);
				out.write(';');
				out.write(String.valueOf(employees));
				out.write('\n');
			}
		}
		System.out.printf("%d rows: %d good, %d repeating an earlier company, %d bad%n", rows, good, duplicates, bad);
	}

	private static String messy(long phone, Random random) {
		String national = String.valueOf(phone).substring(3); // 9 digits
		String code = national.substring(0, 2);
		String rest = national.substring(2);
		String dashed = rest.substring(0, 3) + "-" + rest.substring(3, 5) + "-" + rest.substring(5);
		return switch (random.nextInt(7)) {
			case 0 -> "0" + national;
			case 1 -> "+38 (0" + code + ") " + dashed;
			case 2 -> "8 0" + code + " " + rest.substring(0, 3) + " " + rest.substring(3, 5) + " " + rest.substring(5);
			case 3 -> "380" + national;
			case 4 -> national; // Excel dropped the leading 0
			case 5 -> "(0" + code + ") " + dashed;
			default -> "0" + national + ", 044" + rest; // two numbers in one cell
		};
	}

	private static String cell(String text) {
		return text.indexOf(';') >= 0 || text.indexOf('"') >= 0 ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	/** The register's check digit (see Relay's Edrpou). */
	private static int withCheckDigit(int firstSeven) {
		String digits = "%07d".formatted(firstSeven);
		long number = firstSeven * 10L;
		int[] weights = number < 30_000_000L || number > 60_000_000L ? new int[] { 1, 2, 3, 4, 5, 6, 7 }
				: new int[] { 7, 1, 2, 3, 4, 5, 6 };
		int remainder = sum(digits, weights, 0) % 11;
		if (remainder == 10) {
			remainder = sum(digits, weights, 2) % 11;
		}
		return firstSeven * 10 + (remainder == 10 ? 0 : remainder);
	}

	private static int sum(String digits, int[] weights, int shift) {
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += (digits.charAt(i) - '0') * (weights[i] + shift);
		}
		return sum;
	}

}
