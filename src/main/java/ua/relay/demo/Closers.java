package ua.relay.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import ua.relay.conversion.ActivityKind;
import ua.relay.conversion.ConversionQueries;
import ua.relay.conversion.DealActivities;
import ua.relay.conversion.DealId;
import ua.relay.conversion.LeadInbox;
import ua.relay.conversion.LeadView;
import ua.relay.conversion.NewQuote;
import ua.relay.conversion.Pipeline;
import ua.relay.conversion.Quotes;
import ua.relay.party.CompanyCard;
import ua.relay.party.SizeBand;
import ua.relay.platform.Actor;
import ua.relay.salesorg.Shifts;
import ua.relay.shared.Money;

/**
 * Tier 2's months: a closer first touches each lead within their working time (most well within the four
 * hours, some late), accepts most and rejects some with the reason (the prospect goes back to its caller);
 * an accepted lead is a deal that moves through the pipeline with its calls, meetings, quote and tasks, and
 * ends won (the first sale: the client passes to tier 3) or lost (the company returns to tier 1 later).
 * Deals whose end lies ahead are open today.
 */
@Component
class Closers {

	/** The demo company's pipeline: the open stages it is set up with, in order. */
	private static final List<String> OPEN_STAGES = List.of("WARM_UP", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION");

	/** A closer's working day, in hours of working time. */
	private static final int DAY = 9;

	private final ConversionQueries conversion;

	private final LeadInbox inbox;

	private final Pipeline pipeline;

	private final DealActivities activities;

	private final Quotes quotes;

	private final Shifts shifts;

	private final AccountManagers managers;

	Closers(ConversionQueries conversion, LeadInbox inbox, Pipeline pipeline, DealActivities activities, Quotes quotes,
			Shifts shifts, AccountManagers managers) {
		this.conversion = conversion;
		this.inbox = inbox;
		this.pipeline = pipeline;
		this.activities = activities;
		this.quotes = quotes;
		this.shifts = shifts;
		this.managers = managers;
	}

	/** A company as the demo's chance knows it: by its name and city, the same in every run. */
	static String key(CompanyCard company) {
		return company.displayName() + "|" + company.city();
	}

	/** The company was handed over: once its lead is in a closer's inbox, plan when the closer first touches it. */
	void received(DemoRun run, CompanyCard company) {
		var lead = HandOffs.awaitDone(() -> conversion.newLeads(run.team().head()).stream()
			.filter(l -> l.company().id().equals(company.id()))
			.findFirst());
		if (lead.isEmpty()) {
			return;
		}
		// a company handed over again meets a new fate
		var fate = run.fates().of(key(company), 100 + run.turn("lead " + key(company)));
		var closer = run.team().as(lead.get().closerId());
		// most within the first-touch time, urgent ones and booked meetings at once, and some only days later
		int pace = fate.nextInt(100);
		double hours = lead.get().urgent() || lead.get().meeting() != null ? 0.2 + fate.nextDouble()
				: pace < 80 ? 0.3 + 3.5 * fate.nextDouble() : pace < 88 ? 4.5 + 5 * fate.nextDouble()
						: 2 * DAY + 2 * DAY * fate.nextDouble();
		var touch = afterWorking(run, closer, run.timeline().now(), hours);
		run.timeline().at(touch, () -> touch(run, lead.get(), closer, fate));
	}

	private void touch(DemoRun run, LeadView lead, Actor closer, Random fate) {
		if (!"NEW".equals(conversion.lead(lead.id(), closer).status())) {
			return;
		}
		int accepts = lead.meeting() != null ? 93 : lead.urgent() ? 88 : 80;
		if (fate.nextInt(100) >= accepts) {
			inbox.reject(lead.id(), Phrases.pick(fate, Phrases.REJECTIONS), fate.nextInt(4) == 0, closer);
			run.count(DemoRun.Made.REJECTED);
			return;
		}
		var deal = new Deal(inbox.accept(lead.id(), closer), closer, lead.company(), fate, lead.meeting() == null ? null
				: lead.meeting().end(), fate.nextInt(100) < (lead.meeting() != null ? 62 : 50), 1 + fate.nextInt(3));
		run.count(DemoRun.Made.ACCEPTED);
		firstCall(run, deal);
		var now = run.timeline().now();
		if (deal.meetingEnds() != null) {
			run.timeline().at(deal.meetingEnds().plus(Duration.ofMinutes(15)), () -> meetingHeld(run, deal));
		}
		run.timeline().at(afterWorking(run, closer, now, DAY * (1 + fate.nextInt(3)) + 2), () -> advance(run, deal, 1));
	}

	/** A deal on its way: how it will end, and at which open stage it is lost if it is. */
	private record Deal(DealId id, Actor closer, CompanyCard company, Random fate, Instant meetingEnds, boolean wins,
			int lostAtStage) {
	}

	/** The closer calls the company as they accept the lead, and plans the deal. */
	private void firstCall(DemoRun run, Deal deal) {
		activities.record(deal.id(), ActivityKind.CALL, "Перший дзвінок: уточнили маршрути, обсяги й терміни", null,
				deal.closer());
		var view = conversion.deal(deal.id(), deal.closer());
		pipeline.plan(deal.id(), view.version(), new Money(expectedAmount(deal)),
				run.today().plusDays(14 + deal.fate().nextInt(21)), 25,
				deal.closer());
	}

	private void meetingHeld(DemoRun run, Deal deal) {
		if (conversion.deal(deal.id(), deal.closer()).open()) {
			activities.record(deal.id(), ActivityKind.MEETING, "Зустріч відбулася: порахували маршрут, домовилися про пробне перевезення",
					deal.meetingEnds(), deal.closer());
		}
	}

	/** The deal moves to its next open stage, or ends where its fate says. */
	private void advance(DemoRun run, Deal deal, int stage) {
		var view = conversion.deal(deal.id(), deal.closer());
		if (!view.open()) {
			return;
		}
		var fate = deal.fate();
		if (!deal.wins() && stage == deal.lostAtStage()) {
			pipeline.lose(deal.id(), Phrases.pick(fate, Phrases.LOST), run.today().plusDays(60 + fate.nextInt(60)),
					deal.closer());
			run.count(DemoRun.Made.LOST);
			return;
		}
		if (stage >= OPEN_STAGES.size()) {
			var amount = view.amount() == null ? expectedAmount(deal) : view.amount();
			pipeline.win(deal.id(), new Money(amount.multiply(BigDecimal.valueOf(90 + fate.nextInt(21)))
				.divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP)), deal.closer());
			run.count(DemoRun.Made.WON);
			managers.welcome(run, deal.company(), fate);
			return;
		}
		pipeline.move(deal.id(), view.version(), OPEN_STAGES.get(stage), deal.closer());
		switch (OPEN_STAGES.get(stage)) {
			case "NEEDS_ANALYSIS" -> activities.record(deal.id(), ActivityKind.CALL,
					"Розібрали потреби: відправки, склади, вимоги до машин", null, deal.closer());
			case "PROPOSAL" -> propose(run, deal, view.amount());
			default -> activities.record(deal.id(), fate.nextBoolean() ? ActivityKind.MEETING : ActivityKind.CALL,
					"Обговорили умови: ціна, відстрочка платежу, графік подачі машин", null, deal.closer());
		}
		long days = 1 + fate.nextInt(stage == OPEN_STAGES.size() - 1 ? 8 : 5);
		// a few deals stall for weeks before they end
		if (fate.nextInt(10) == 0) {
			days += 10 + fate.nextInt(15);
		}
		run.timeline().at(afterWorking(run, deal.closer(), run.timeline().now(), DAY * days), () -> advance(run, deal, stage + 1));
	}

	/** The quote, the e-mail that sends it, and a task to call about it. */
	private void propose(DemoRun run, Deal deal, BigDecimal planned) {
		var fate = deal.fate();
		var today = run.today();
		var from = Phrases.pick(fate, Phrases.ROUTES);
		var to = Phrases.pick(fate, Phrases.ROUTES.stream().filter(city -> !city.equals(from)).toList());
		var price = planned == null ? expectedAmount(deal) : planned;
		quotes.give(deal.id(), new NewQuote(from, to, Phrases.pick(fate, Phrases.CARGO),
				BigDecimal.valueOf(1_000 + 500L * fate.nextInt(40)), null, new Money(price), today.plusDays(14)), deal.closer());
		activities.record(deal.id(), ActivityKind.EMAIL, "Надіслали комерційну пропозицію " + from + " — " + to, null,
				deal.closer());
		var due = afterWorking(run, deal.closer(), run.timeline().now(), DAY * 2);
		var task = activities.plan(deal.id(), "Передзвонити щодо пропозиції", due, false, deal.closer());
		run.timeline().at(due.minus(Duration.ofMinutes(20 + fate.nextInt(90))), () -> {
			if (conversion.deal(deal.id(), deal.closer()).open()) {
				activities.record(deal.id(), ActivityKind.CALL, "Обговорили пропозицію, чекають погодження", null, deal.closer());
			}
			activities.done(task, deal.closer());
		});
	}

	/** What a first order of such a company is worth: more for a bigger one. */
	private static BigDecimal expectedAmount(Deal deal) {
		var size = deal.company().sizeBand() == null ? SizeBand.SMALL : deal.company().sizeBand();
		int base = switch (size) {
			case MICRO -> 12_000;
			case SMALL -> 22_000;
			case MEDIUM -> 45_000;
			case LARGE -> 80_000;
		};
		return BigDecimal.valueOf(base + 1_000L * deal.fate().nextInt(base / 1_000));
	}

	private Instant afterWorking(DemoRun run, Actor closer, Instant from, double hours) {
		return shifts.afterWorkingTime(DemoTeam.employeeOf(closer), from, Duration.ofMinutes(Math.round(hours * 60)),
				run.zone());
	}

}
