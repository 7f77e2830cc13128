package ua.relay.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import net.datafaker.Faker;
import ua.relay.party.NewCompany;
import ua.relay.party.NewCompany.NewContact;
import ua.relay.party.SizeBand;
import ua.relay.shared.Edrpou;
import ua.relay.shared.PhoneNumber;

/**
 * Ukrainian companies that a cargo firm would cold-call, the same ones for the same seed: named as such
 * companies are (see {@link CompanyNames}), a legal form that fits their size (a sole trader has no EDRPOU),
 * a region and its city, phones, and a contact person.
 */
class DemoCompanies {

	static final List<String> INDUSTRIES = List.of("Роздрібна торгівля", "Агробізнес", "Виробництво", "Будівництво",
			"Фармацевтика", "Електронна комерція", "Харчова промисловість", "Металургія", "Меблі", "Автозапчастини");

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

	private final CompanyNames names;

	private final Set<String> usedCodes = new HashSet<>();

	private final Set<String> usedPhones = new HashSet<>();

	DemoCompanies(long seed) {
		this.random = new Random(seed);
		this.names = new CompanyNames(new Random(seed + 2));
		this.faker = new Faker(Locale.forLanguageTag("uk"), new Random(seed + 1));
	}

	/** A company and its head count (which Relay keeps only as the size band). */
	record DemoCompany(NewCompany details, int employees) {
	}

	DemoCompany next() {
		var place = PLACES.get(random.nextInt(PLACES.size()));
		var industry = INDUSTRIES.get(random.nextInt(INDUSTRIES.size()));
		int employees = (int) Math.round(Math.exp(random.nextDouble() * Math.log(800)));
		var size = SizeBand.ofEmployees(employees);
		var legalForm = legalForm(size);
		var owner = "ФОП".equals(legalForm) ? names.soleTrader() : Optional.<String>empty();
		if (owner.isPresent()) {
			return new DemoCompany(new NewCompany(owner.get(), legalForm, null, industry, size, place[0], place[1],
					List.of(phone()), List.of(new NewContact(owner.get(), "Власник", null, phone()))), employees);
		}
		var contact = new NewContact(faker.name().fullName(), random.nextBoolean() ? "Директор" : "Логіст", null, phone());
		// with every sole trader's name taken, the company is a ТОВ
		return new DemoCompany(new NewCompany(names.company(industry, place[0], place[1]),
				"ФОП".equals(legalForm) ? "ТОВ" : legalForm, edrpou(), industry,
				size, place[0], place[1], List.of(phone()), List.of(contact)), employees);
	}

	/** Most companies are ТОВ; a sole trader or a private firm is small, a joint-stock company large. */
	private String legalForm(SizeBand size) {
		int roll = random.nextInt(100);
		return switch (size) {
			case MICRO -> roll < 40 ? "ФОП" : roll < 65 ? "ПП" : "ТОВ";
			case SMALL -> roll < 10 ? "ФОП" : roll < 30 ? "ПП" : "ТОВ";
			case MEDIUM -> roll < 8 ? "ПП" : roll < 15 ? "ПрАТ" : "ТОВ";
			case LARGE -> roll < 35 ? "ПрАТ" : roll < 50 ? "АТ" : "ТОВ";
		};
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
