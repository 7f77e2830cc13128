package ua.relay.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Names as Ukrainian companies carry them, each used once: a root of the trade with a suffix («Зерно-Трейд»,
 * «Будмакс», «Фармалайн»), with a word («Колос Плюс») or with the company's land («Агросвіт Поділля»), a city's
 * adjective before a works («Дніпровський металопрокат»), a city fused with its trade («Київхліб»), and for a
 * sole trader (ФОП) the person's full name. The place in a name is always the company's own.
 */
final class CompanyNames {

	/** A trade's roots: stems that take a suffix, words that stand alone, works a city's adjective names, a city's compound. */
	private record Trade(List<String> stems, List<String> words, List<String> works, String compound) {
	}

	private static final Map<String, Trade> TRADES = Map.of(
			"Агробізнес", new Trade(List.of("Агро", "Зерно", "Насіння", "Агрохім"),
					List.of("Колос", "Нива", "Урожай", "Лан", "Агросвіт", "Хлібороб", "Соняшник", "Жнива", "Степ"),
					List.of("агрохолдинг", "елеватор", "агрокомплекс"), "агро"),
			"Харчова промисловість", new Trade(List.of("Смак", "Олія", "Молоко", "Кондитер"),
					List.of("Смакота", "Пекар", "Млин", "Бісквіт", "Молочар", "Добрий смак", "Кулінар"),
					List.of("хлібозавод", "молокозавод", "млин", "м'ясокомбінат"), "хліб"),
			"Будівництво", new Trade(List.of("Буд", "Бетон", "Граніт", "Цегла"),
					List.of("Моноліт", "Фундамент", "Будівельник", "Каркас", "Покрівля", "Будмайстер"),
					List.of("домобудівний комбінат", "завод залізобетонних виробів", "будтрест"), "буд"),
			"Фармацевтика", new Trade(List.of("Фарма", "Мед", "Біо", "Віта", "Фіто"),
					List.of("Здоров'я", "Аптекар", "Медсервіс", "Лікфарм", "Вітамін"),
					List.of("фармацевтичний завод", "медичний склад"), "фарм"),
			"Металургія", new Trade(List.of("Метал", "Сталь", "Метиз", "Прокат"),
					List.of("Сплав", "Арматура", "Профіль", "Трубопрокат", "Металобаза"),
					List.of("металопрокат", "трубний завод", "металоцентр"), "метал"),
			"Меблі", new Trade(List.of("Меблі", "Дерево", "Декор"),
					List.of("Інтер'єр", "Дуб", "Комфорт", "Затишок", "Сосна", "Меблевик", "Столяр"),
					List.of("меблевий комбінат", "деревообробний завод"), "меблі"),
			"Автозапчастини", new Trade(List.of("Авто", "Мото", "Шина", "Дизель"),
					List.of("Автодеталь", "Мотор", "Автосвіт", "Автомайстер", "Кардан"),
					List.of("автоцентр", "авторемонтний завод"), "авто"),
			"Роздрібна торгівля", new Trade(List.of("Торг", "Гурт", "Прод"),
					List.of("Універсал", "Крамниця", "Гастроном", "Добробут", "Господар"),
					List.of("торговий дім", "гуртовий центр", "універмаг"), "торг"),
			"Електронна комерція", new Trade(List.of("Шоп", "Клік", "Нет", "Веб"),
					List.of("Посилка", "Кошик", "Вітрина", "Замовлення"),
					List.of("інтернет-магазин", "фулфілмент-центр"), "маркет"),
			"Виробництво", new Trade(List.of("Пром", "Техно", "Пласт", "Полімер", "Енерго"),
					List.of("Механік", "Тара", "Верстат", "Агрегат", "Пакувальник"),
					List.of("механічний завод", "завод пакування", "завод пластмас"), "пром"));

	/** Suffixes fused with a stem («Будмакс») or joined by a hyphen («Зерно-Трейд»). */
	private static final List<String> SUFFIXES = List.of("трейд", "пром", "сервіс", "лайн", "макс", "інвест", "постач",
			"збут", "груп", "експорт");

	private static final List<String> WORDS_AFTER = List.of("Плюс", "Груп", "Україна", "Сервіс", "Трейд", "Експрес");

	/** A region's land, as it follows a name («Агросвіт Поділля»). */
	private static final Map<String, String> LANDS = Map.ofEntries(Map.entry("Київська", "Київщини"),
			Map.entry("Львівська", "Галичини"), Map.entry("Харківська", "Слобожанщини"),
			Map.entry("Одеська", "Причорномор'я"), Map.entry("Дніпропетровська", "Придніпров'я"),
			Map.entry("Вінницька", "Поділля"), Map.entry("Полтавська", "Полтавщини"), Map.entry("Запорізька", "Таврії"),
			Map.entry("Житомирська", "Полісся"), Map.entry("Черкаська", "Черкащини"),
			Map.entry("Івано-Франківська", "Прикарпаття"), Map.entry("Рівненська", "Волині"));

	/** A city's adjective, as it stands before a works («Дніпровський металопрокат»). */
	private static final Map<String, String> CITY_ADJECTIVES = Map.ofEntries(Map.entry("Київ", "Київський"),
			Map.entry("Львів", "Львівський"), Map.entry("Харків", "Харківський"), Map.entry("Одеса", "Одеський"),
			Map.entry("Дніпро", "Дніпровський"), Map.entry("Вінниця", "Вінницький"), Map.entry("Полтава", "Полтавський"),
			Map.entry("Запоріжжя", "Запорізький"), Map.entry("Житомир", "Житомирський"), Map.entry("Черкаси", "Черкаський"),
			Map.entry("Івано-Франківськ", "Прикарпатський"), Map.entry("Рівне", "Рівненський"));

	/** Cities whose name fuses with a trade as real companies' do («Київхліб», «Харківметал»). */
	private static final Set<String> FUSING_CITIES = Set.of("Київ", "Львів", "Харків", "Дніпро", "Житомир");

	private static final List<String> SURNAMES = List.of("Коваль", "Бондаренко", "Шевченко", "Мельник", "Кравчук",
			"Олійник", "Ткачук", "Савчук", "Гончаренко", "Литвиненко", "Марченко", "Поліщук", "Руденко", "Кравець",
			"Мороз", "Лисенко", "Ковальчук", "Бойко", "Павленко", "Романюк", "Дячук", "Гнатюк", "Сидоренко", "Пономаренко",
			"Василенко", "Костенко", "Мартинюк", "Данилюк", "Тимошенко", "Гуменюк", "Клименко", "Петренко", "Левченко",
			"Карпенко", "Вакуленко", "Федорчук", "Стасюк", "Процик", "Бабенко", "Яковенко");

	private static final List<String> MEN = List.of("Олег", "Андрій", "Сергій", "Віктор", "Ігор", "Михайло", "Василь",
			"Юрій", "Роман", "Дмитро", "Олександр", "Тарас", "Богдан", "Микола", "Петро", "Володимир", "Степан", "Євген");

	private static final List<String> WOMEN = List.of("Оксана", "Наталія", "Ірина", "Світлана", "Галина", "Тетяна",
			"Людмила", "Ольга", "Марія", "Олена", "Юлія", "Алла", "Надія", "Лариса");

	/** Fathers' names as a son's and as a daughter's patronymic. */
	private static final List<String[]> PATRONYMICS = List.of(new String[] { "Петрович", "Петрівна" },
			new String[] { "Васильович", "Василівна" }, new String[] { "Миколайович", "Миколаївна" },
			new String[] { "Іванович", "Іванівна" }, new String[] { "Степанович", "Степанівна" },
			new String[] { "Олександрович", "Олександрівна" }, new String[] { "Григорович", "Григорівна" },
			new String[] { "Богданович", "Богданівна" }, new String[] { "Володимирович", "Володимирівна" },
			new String[] { "Анатолійович", "Анатоліївна" }, new String[] { "Михайлович", "Михайлівна" },
			new String[] { "Юрійович", "Юріївна" }, new String[] { "Вікторович", "Вікторівна" },
			new String[] { "Сергійович", "Сергіївна" }, new String[] { "Андрійович", "Андріївна" });

	private final Random random;

	private final Set<String> used = new HashSet<>();

	CompanyNames(Random random) {
		this.random = random;
	}

	/** A sole trader's name (surname, given name and father's name) not given before, if one is left. */
	Optional<String> soleTrader() {
		for (int attempt = 0; attempt < 40; attempt++) {
			boolean woman = random.nextInt(3) == 0;
			var name = pick(SURNAMES) + " " + pick(woman ? WOMEN : MEN) + " " + pick(PATRONYMICS)[woman ? 1 : 0];
			if (used.add(name)) {
				return Optional.of(name);
			}
		}
		return Optional.empty();
	}

	/** A company's name (without its legal form) in its trade and place, not given before. */
	String company(String industry, String region, String city) {
		var trade = TRADES.get(industry);
		for (int attempt = 0; attempt < 40; attempt++) {
			var name = compose(trade, region, city);
			if (used.add(name)) {
				return name;
			}
		}
		// the trade's short names are taken: with the land they make many more, and a number ends any run of bad luck
		for (int attempt = 0; attempt < 200; attempt++) {
			var name = withSuffix(trade) + " " + LANDS.get(region);
			if (used.add(name)) {
				return name;
			}
		}
		for (int n = 2;; n++) {
			var name = withSuffix(trade) + "-" + n;
			if (used.add(name)) {
				return name;
			}
		}
	}

	private String compose(Trade trade, String region, String city) {
		int pattern = random.nextInt(100);
		if (pattern < 35) {
			return withSuffix(trade);
		}
		if (pattern < 55) {
			return pick(trade.words()) + " " + pick(WORDS_AFTER);
		}
		if (pattern < 72) {
			return pick(trade.words()) + " " + LANDS.get(region);
		}
		if (pattern < 82) {
			return pick(trade.words());
		}
		if (pattern < 92 || !FUSING_CITIES.contains(city)) {
			return CITY_ADJECTIVES.get(city) + " " + pick(trade.works());
		}
		return city + trade.compound();
	}

	/** «Будмакс» or «Зерно-Трейд»; a stem ending in «і» or «я» only with the hyphen («Олія-Трейд»). */
	private String withSuffix(Trade trade) {
		var stem = pick(trade.stems());
		var suffix = pick(SUFFIXES);
		while (stem.equalsIgnoreCase(suffix)) {
			suffix = pick(SUFFIXES);
		}
		boolean fuses = !stem.endsWith("і") && !stem.endsWith("я");
		return fuses && random.nextBoolean() ? stem + suffix
				: stem + "-" + Character.toUpperCase(suffix.charAt(0)) + suffix.substring(1);
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
