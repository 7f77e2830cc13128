package ua.relay.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ua.relay.accounts.CargoService;
import ua.relay.party.CompanyCard;
import ua.relay.party.SizeBand;

/**
 * How a client buys: every so many days (its trade's usual interval, its own a little longer or shorter),
 * what it ships and what else some of them order, how much; and for one client in six, the day it quietly
 * stopped buying (so that some are at risk today). The same client always has the same rhythm.
 */
record Rhythm(int intervalDays, CargoService main, CargoService besides, int orderValue, LocalDate stoppedAfter) {

	private static final Map<String, Integer> USUAL_INTERVAL = Map.of("Роздрібна торгівля", 21, "Агробізнес", 35,
			"Виробництво", 28, "Будівництво", 28, "Фармацевтика", 21, "Електронна комерція", 14,
			"Харчова промисловість", 14, "Металургія", 35, "Меблі", 28, "Автозапчастини", 21);

	private static final Map<String, CargoService> MAIN_SERVICE = Map.of("Роздрібна торгівля", CargoService.PALLETS,
			"Агробізнес", CargoService.FULL_TRUCK, "Виробництво", CargoService.PALLETS, "Будівництво",
			CargoService.FULL_TRUCK, "Фармацевтика", CargoService.REFRIGERATED, "Електронна комерція",
			CargoService.EXPRESS, "Харчова промисловість", CargoService.REFRIGERATED, "Металургія",
			CargoService.FULL_TRUCK, "Меблі", CargoService.GROUPAGE, "Автозапчастини", CargoService.GROUPAGE);

	private static final List<CargoService> BESIDES = List.of(CargoService.WAREHOUSING, CargoService.CUSTOMS,
			CargoService.EXPRESS, CargoService.INTERNATIONAL);

	static Rhythm of(DemoRun run, CompanyCard company) {
		Random fate = run.fates().of("rhythm " + Closers.key(company), 0);
		int usual = USUAL_INTERVAL.getOrDefault(company.industry(), 21);
		int interval = (int) Math.round(usual * (0.8 + 0.6 * fate.nextDouble()));
		var main = MAIN_SERVICE.getOrDefault(company.industry(), CargoService.GROUPAGE);
		var besides = fate.nextInt(10) < 6 ? Phrases.pick(fate, BESIDES) : null;
		int value = switch (company.sizeBand() == null ? SizeBand.SMALL : company.sizeBand()) {
			case MICRO -> 6_000;
			case SMALL -> 12_000;
			case MEDIUM -> 25_000;
			case LARGE -> 48_000;
		};
		LocalDate stopped = null;
		if (fate.nextInt(6) == 0) {
			long span = ChronoUnit.DAYS.between(run.first(), run.last());
			stopped = run.first().plusDays((long) (span * (0.25 + 0.5 * fate.nextDouble())));
		}
		return new Rhythm(interval, main, besides, value, stopped);
	}

	/** The same rhythm, which the client stopped after {@code day}. */
	Rhythm stoppedAfter(LocalDate day) {
		return new Rhythm(intervalDays, main, besides, orderValue, day);
	}

	/** The day of the order after one on {@code last}: one interval on, give or take a fifth. */
	LocalDate nextAfter(LocalDate last, Random fate) {
		return last.plusDays(Math.max(3, Math.round(intervalDays * (0.8 + 0.4 * fate.nextDouble()))));
	}

	boolean buysOn(LocalDate day) {
		return stoppedAfter == null || !day.isAfter(stoppedAfter);
	}

	/** The service of the {@code n}-th order: every third one something else, for the clients who buy more. */
	CargoService serviceOf(int n) {
		return besides != null && n % 3 == 2 ? besides : main;
	}

	BigDecimal amount(Random fate) {
		return BigDecimal.valueOf(Math.round(orderValue * (0.7 + 0.7 * fate.nextDouble()) / 100) * 100);
	}

	/** What an order of the service says, on the client's own routes. */
	static String describe(CargoService service, CompanyCard company, Random fate) {
		var from = Phrases.ROUTES.contains(company.city()) ? company.city() : "Київ";
		var to = Phrases.pick(fate, Phrases.ROUTES.stream().filter(city -> !city.equals(from)).toList());
		return switch (service) {
			case PALLETS -> "Перевезення %d палет %s — %s".formatted(4 + fate.nextInt(30), from, to);
			case REFRIGERATED -> "Рефрижератор %s — %s, +4 °C".formatted(from, to);
			case GROUPAGE -> "Збірний вантаж %s — %s".formatted(from, to);
			case FULL_TRUCK -> "Повна машина 20 т %s — %s".formatted(from, to);
			case WAREHOUSING -> "Відповідальне зберігання, %d палетомісць, місяць".formatted(10 + fate.nextInt(60));
			case CUSTOMS -> "Митне оформлення експортної партії";
			case EXPRESS -> "Термінова доставка %s — %s".formatted(from, to);
			case INTERNATIONAL -> "Міжнародне перевезення %s — Варшава".formatted(from);
		};
	}

}
