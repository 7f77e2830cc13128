package ua.relay.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import net.datafaker.Faker;
import ua.relay.party.NewCompany;
import ua.relay.party.NewCompany.NewContact;
import ua.relay.party.SizeBand;
import ua.relay.shared.Edrpou;
import ua.relay.shared.PhoneNumber;

/** Ukrainian companies that a cargo firm would cold-call, the same ones for the same seed. */
class DemoCompanies {

	private static final List<String> INDUSTRIES = List.of("Роздрібна торгівля", "Агробізнес", "Виробництво",
			"Будівництво", "Фармацевтика", "Електронна комерція", "Харчова промисловість", "Металургія",
			"Меблі", "Автозапчастини");

	private static final List<String[]> PLACES = List.of(new String[] { "Київська", "Київ" },
			new String[] { "Львівська", "Львів" }, new String[] { "Харківська", "Харків" },
			new String[] { "Одеська", "Одеса" }, new String[] { "Дніпропетровська", "Дніпро" },
			new String[] { "Вінницька", "Вінниця" }, new String[] { "Полтавська", "Полтава" },
			new String[] { "Запорізька", "Запоріжжя" }, new String[] { "Житомирська", "Житомир" },
			new String[] { "Черкаська", "Черкаси" }, new String[] { "Івано-Франківська", "Івано-Франківськ" },
			new String[] { "Рівненська", "Рівне" });

	private static final int[] OPERATOR_CODES = { 44, 50, 63, 66, 67, 68, 73, 93, 95, 96, 97, 98, 99, 32, 57, 48 };

	private final Faker faker;

	private final Random random;

	private final Set<String> usedCodes = new HashSet<>();

	private final Set<String> usedPhones = new HashSet<>();

	DemoCompanies(long seed) {
		this.random = new Random(seed);
		this.faker = new Faker(Locale.forLanguageTag("uk"), new Random(seed + 1));
	}

	NewCompany next() {
		String[] nameParts = faker.company().name().split(" ", 2);
		String legalForm = nameParts.length == 2 ? nameParts[0] : "ТОВ";
		String name = nameParts.length == 2 ? nameParts[1] : nameParts[0];
		String[] place = PLACES.get(random.nextInt(PLACES.size()));
		int employees = (int) Math.round(Math.exp(random.nextDouble() * Math.log(800)));
		var contact = new NewContact(faker.name().fullName(), random.nextBoolean() ? "Директор" : "Логіст", null,
				phone());
		return new NewCompany(name, legalForm, "ФОП".equals(legalForm) ? null : edrpou(),
				INDUSTRIES.get(random.nextInt(INDUSTRIES.size())), SizeBand.ofEmployees(employees), place[0], place[1],
				List.of(phone()), List.of(contact));
	}

	private Edrpou edrpou() {
		while (true) {
			var code = Edrpou.withCheckDigit(String.format("%07d", 1_000_000 + random.nextInt(4_000_000)));
			if (usedCodes.add(code.value())) {
				return code;
			}
		}
	}

	private PhoneNumber phone() {
		while (true) {
			int code = OPERATOR_CODES[random.nextInt(OPERATOR_CODES.length)];
			var candidate = PhoneNumber.tryParse(String.format("+380%d%07d", code, random.nextInt(10_000_000)));
			if (candidate.isPresent() && usedPhones.add(candidate.get().e164())) {
				return candidate.get();
			}
		}
	}

}
