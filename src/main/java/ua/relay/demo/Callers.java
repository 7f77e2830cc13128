package ua.relay.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import org.springframework.stereotype.Component;

import ua.relay.platform.Actor;
import ua.relay.prospecting.CallOutcome;
import ua.relay.prospecting.CallQueue;
import ua.relay.prospecting.CallReport;
import ua.relay.prospecting.CallScripts;
import ua.relay.prospecting.MeetingSlot;
import ua.relay.prospecting.ProspectCard;
import ua.relay.salesorg.Shifts;

/**
 * Tier 1's months: each caller calls on their shifts only, one prospect after another as the queue hands
 * them out (their own callbacks first, retries, then the lists), and reports what came of each call. The
 * interested ones walk the script and are handed over, some with a meeting booked in a closer's free slot;
 * a prospect tier 2 sent back is called again with the closer's reason on its card.
 */
@Component
class Callers {

	/** Minutes of a shift spent on calls; the rest goes on notes and breaks. */
	private static final int CALLING_MINUTES = 165;

	private final CallQueue queue;

	private final CallScripts scripts;

	private final Shifts shifts;

	private final Closers closers;

	private final DemoProperties properties;

	Callers(CallQueue queue, CallScripts scripts, Shifts shifts, Closers closers, DemoProperties properties) {
		this.queue = queue;
		this.scripts = scripts;
		this.shifts = shifts;
		this.closers = closers;
		this.properties = properties;
	}

	/**
	 * Plans every caller's shifts from the first day to now; returns about how many calls they will make.
	 * Each shift's calls are planned as it starts, when it is known whether the caller came (a day off may
	 * have been noted since).
	 */
	int plan(DemoRun run) {
		int days = (int) ChronoUnit.DAYS.between(run.first(), run.last()) + 1;
		int planned = 0;
		for (int i = 0; i < run.team().callers().size(); i++) {
			var caller = run.team().callers().get(i);
			// two callers on one shift start a few minutes apart, so neither waits on the other's prospect
			var late = Duration.ofMinutes(2 + 3L * i);
			for (var window : shifts.plan(DemoTeam.employeeOf(caller)).windows(run.first(), days, run.zone())) {
				var start = window.start().plus(late);
				run.timeline().at(start, () -> startShift(run, caller, start));
				planned += Math.round(properties.callsPerCaller() * (0.5 + 0.5 * run.progress(start)));
			}
		}
		return planned;
	}

	private void startShift(DemoRun run, Actor caller, Instant start) {
		if (!shifts.plan(DemoTeam.employeeOf(caller)).onShift(start, run.zone())) {
			return;
		}
		var day = run.fates().of(caller.username() + start, 0);
		int calls = callsOn(run, start, day);
		for (int k = 0; k < calls; k++) {
			var at = start.plus(Duration.ofSeconds((long) CALLING_MINUTES * 60 * k / calls + day.nextInt(40)));
			run.timeline().at(at, () -> call(run, caller));
		}
	}

	/** Callers grow into the work: from about half their calls a shift in the first month to all of them now. */
	private int callsOn(DemoRun run, Instant shiftStart, Random day) {
		double pace = 0.5 + 0.5 * run.progress(shiftStart);
		double calls = properties.callsPerCaller() * pace * (0.8 + 0.4 * day.nextDouble());
		return Math.max(1, (int) Math.round(calls));
	}

	private void call(DemoRun run, Actor caller) {
		var held = queue.next(caller);
		if (held.isEmpty()) {
			return;
		}
		var prospect = held.get();
		var fate = run.fates().of(Closers.key(prospect.company()), prospect.attempts());
		var report = report(run, prospect, fate, caller);
		if (report.outcome() == CallOutcome.INTERESTED || report.outcome() == CallOutcome.MEETING_BOOKED) {
			walkTheScript(prospect, fate, caller);
		}
		queue.record(prospect.id(), report, caller);
		run.count(DemoRun.Made.CALLS);
		if (report.outcome().handsOver()) {
			run.count(DemoRun.Made.HAND_OVERS);
			closers.received(run, prospect.company());
		}
	}

	/**
	 * A plausible call: most are not answered or refused; a prospect called before is more often interested,
	 * one tier 2 sent back less often; a callback is asked for a time in the caller's next shift.
	 */
	private CallReport report(DemoRun run, ProspectCard prospect, Random fate, Actor caller) {
		int roll = fate.nextInt(1000);
		boolean returned = prospect.returnedReason() != null;
		boolean calledBefore = prospect.attempts() > 0;
		int handOver = returned ? 140 : calledBefore ? 130 : 80;
		if (roll < handOver) {
			int kind = fate.nextInt(10);
			if (kind < 2) {
				return CallReport.of(CallOutcome.ESCALATE, Phrases.pick(fate, Phrases.QUESTIONS));
			}
			if (kind < 4) {
				var slots = queue.meetingSlots(caller);
				if (!slots.isEmpty()) {
					var slot = slots.get(fate.nextInt(Math.min(8, slots.size())));
					return CallReport.meeting(new MeetingSlot(slot.employee(), slot.start()),
							"Зустріч з логістом: обговорити маршрут і ціну");
				}
			}
			return CallReport.of(CallOutcome.INTERESTED, Phrases.pick(fate, Phrases.INTERESTED));
		}
		roll -= handOver;
		if (roll < 330) {
			return CallReport.of(CallOutcome.NO_ANSWER, null);
		}
		if (roll < 400) {
			return CallReport.of(CallOutcome.BUSY, null);
		}
		if (roll < 430 && !returned) {
			return CallReport.of(CallOutcome.WRONG_NUMBER, null);
		}
		if (roll < 450) {
			return CallReport.of(CallOutcome.DO_NOT_CALL, "Просили більше не телефонувати");
		}
		if (roll < 530 && prospect.attempts() < 3) {
			return new CallReport(CallOutcome.CALLBACK, Phrases.pick(fate, Phrases.CALLBACK), callbackTime(run, caller, fate));
		}
		return CallReport.of(CallOutcome.NOT_INTERESTED, Phrases.pick(fate, Phrases.NOT_INTERESTED));
	}

	/** Within the caller's next shift (not today's), as the prospect asked. */
	private Instant callbackTime(DemoRun run, Actor caller, Random fate) {
		var now = run.timeline().now();
		var next = shifts.plan(DemoTeam.employeeOf(caller)).nextStartAfter(now.plus(Duration.ofHours(4)), run.zone())
			.orElse(now.plus(Duration.ofDays(2)));
		return next.plus(Duration.ofMinutes(5 + fate.nextInt(150)));
	}

	/** The interested prospect's answers along the script: how often, how much, how happy with its carrier. */
	private void walkTheScript(ProspectCard prospect, Random fate, Actor caller) {
		scripts.advance(prospect.id(), "hello", null, caller);
		scripts.advance(prospect.id(), "ships", fate.nextInt(2), caller);
		scripts.advance(prospect.id(), "volume", fate.nextInt(3), caller);
		scripts.advance(prospect.id(), "carrier", fate.nextInt(2), caller);
	}

}
