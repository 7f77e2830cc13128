package ua.relay.analytics.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import ua.relay.analytics.Funnel;
import ua.relay.analytics.TierRows;
import ua.relay.analytics.Trend;
import ua.relay.platform.export.Table;
import ua.relay.prospecting.SupplyDay;

/** The dashboards' tables as exports see them: the same rows as the pages, titled in the user's language. */
@Component
class DashboardTables {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final MessageSource messages;

	DashboardTables(MessageSource messages) {
		this.messages = messages;
	}

	/** A title in the user's language. */
	String label(String code) {
		return t(code);
	}

	private String t(String code) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(code, null, code, locale);
	}

	private List<String> titles(String... codes) {
		return java.util.Arrays.stream(codes).map(this::t).toList();
	}

	Table funnel(Funnel funnel) {
		return new Table("funnel", titles("dashboard.step", "dashboard.count", "dashboard.share"),
				java.util.stream.Stream.concat(funnel.steps().stream(), funnel.apart().stream())
					.map(step -> java.util.Arrays.<Object>asList(t("funnel." + step.code()), step.count(),
							step.shareOfPrevious() == null ? null : Math.round(step.shareOfPrevious() * 10) / 10.0))
					.toList());
	}

	Table trend(Trend trend) {
		return new Table("trend", titles("dashboard.day", "funnel.calls", "dashboard.handed-over", "funnel.accepted",
				"funnel.first-sales", "dashboard.revenue"), trend.points()
			.stream()
			.map(p -> List.<Object>of(DAY.format(p.day()), p.calls(), p.handedOver(), p.accepted(), p.firstSales(), p.revenue()))
			.toList());
	}

	Table callers(List<TierRows.Caller> rows) {
		return new Table("callers", titles("commission.employee", "funnel.calls", "dashboard.interested", "dashboard.handed-over",
				"funnel.accepted", "dashboard.rejected"), rows.stream()
			.map(r -> List.<Object>of(r.name(), r.calls(), r.interested(), r.handedOver(), r.accepted(), r.rejected()))
			.toList());
	}

	Table closers(List<TierRows.Closer> rows) {
		return new Table("closers", titles("commission.employee", "dashboard.received", "funnel.accepted",
				"dashboard.rejected", "dashboard.sla-breaches", "funnel.first-sales", "dashboard.revenue"), rows.stream()
			.map(r -> List.<Object>of(r.name(), r.received(), r.accepted(), r.rejected(), r.slaBreaches(), r.firstSales(),
					r.revenue()))
			.toList());
	}

	Table managers(List<TierRows.Manager> rows) {
		return new Table("managers", titles("commission.employee", "dashboard.clients", "funnel.repeat-purchases",
				"dashboard.revenue"), rows.stream()
			.map(r -> List.<Object>of(r.name(), r.clients(), r.repeatOrders(), r.revenue()))
			.toList());
	}

	Table sla(List<TierRows.SlaBreach> rows, java.time.ZoneId zone) {
		var time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
		return new Table("sla", titles("dashboard.company", "dashboard.closer", "dashboard.due", "dashboard.touched"), rows
			.stream()
			.map(r -> java.util.Arrays.<Object>asList(r.company(), r.closer(), time.format(r.due().atZone(zone)),
					r.touchedAt() == null ? "" : time.format(r.touchedAt().atZone(zone))))
			.toList());
	}

	Table supply(List<SupplyDay> days) {
		return new Table("supply", titles("dashboard.day", "supply.supply", "supply.demand", "supply.stock-end"), days.stream()
			.map(d -> List.<Object>of(DAY.format(d.date()), Math.round(d.supply() * 10) / 10.0,
					Math.round(d.demand() * 10) / 10.0, Math.round(d.stockAtEnd() * 10) / 10.0))
			.toList());
	}

}
