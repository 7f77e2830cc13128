package ua.relay.simulation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;

import ua.relay.simulation.Scenario.Organisation;
import ua.relay.simulation.Scenario.Person;
import ua.relay.simulation.Scenario.Role;

/**
 * The discrete-event model of one replication, in minutes from Monday 00:00 of the first week. People work
 * only on shift; free, they take the most valuable work their roles allow: a client due to buy, then a lead,
 * then a cold call. In the three-tier model leads and clients wait in one queue per tier; in the classic one
 * each person has their own, fed by their own calls. The same seed gives the same result.
 */
final class Department {

	private static final double WEEK = 7 * 24 * 60;

	private final Scenario scenario;

	private final Scenario.Rates rates;

	private final SplittableRandom random;

	private final PriorityQueue<Event> events = new PriorityQueue<>();

	private final List<Agent> agents = new ArrayList<>();

	/** The agents who may do each role, in the scenario's order (the first free one takes the work). */
	private final Map<Role, List<Agent>> agentsWho = new EnumMap<>(Role.class);

	/** The shared queues of the three-tier model (the classic one keeps them per agent). */
	private final Deque<Lead> leads = new ArrayDeque<>();

	private final Deque<Client> due = new ArrayDeque<>();

	private final double end;

	private long order;

	private double now;

	/** When the next inbound lead comes, if any do. */
	private double nextInbound = Double.POSITIVE_INFINITY;

	/** Leads waiting to be worked, in every queue. */
	private long leadsWaiting;

	// what is counted
	private long calls, connected, handedOver, accepted, firstSales, repeatPurchases, leadsStarted;

	private double newRevenue, repeatRevenue, leadWaitMinutes, coldCallMinutesOfClosers, waitingArea, lastChange,
			commissions;

	private int inboundTurn;

	Department(Scenario scenario, long seed) {
		this.scenario = scenario;
		this.rates = scenario.rates();
		this.random = new SplittableRandom(seed);
		this.end = scenario.weeks() * WEEK;
		for (var person : scenario.people()) {
			agents.add(new Agent(person));
		}
		for (var role : Role.values()) {
			agentsWho.put(role, agents.stream().filter(agent -> agent.can(role)).toList());
		}
	}

	/** Earlier first; of two at the same time, the one scheduled first. */
	private record Event(double at, long order, Runnable action) implements Comparable<Event> {

		@Override
		public int compareTo(Event other) {
			int byTime = Double.compare(at, other.at);
			return byTime != 0 ? byTime : Long.compare(order, other.order);
		}

	}

	private static final class Lead {

		final double since;

		Lead(double since) {
			this.since = since;
		}

	}

	private static final class Client {

		final Agent manager;

		Client(Agent manager) {
			this.manager = manager;
		}

	}

	private final class Agent {

		final Person person;

		final Set<Role> roles;

		final Deque<Lead> ownLeads = new ArrayDeque<>();

		final Deque<Client> ownDue = new ArrayDeque<>();

		double onShiftUntil = -1;

		boolean busy;

		double shiftMinutes;

		final double[] busyMinutes = new double[Role.values().length];

		int clients;

		/** The agent's clients who are not due to buy yet, and when the first of them will be. */
		int clientsNotDue;

		double nextClientDueAt = Double.POSITIVE_INFINITY;

		/** Counts the moves of {@link #nextClientDueAt}: the event of an earlier one is void. */
		long clientDueDraws;

		/** The weekly shifts as (minute of the week it starts, minutes), in order. */
		final double[][] weekly;

		Agent(Person person) {
			this.person = person;
			this.roles = EnumSet.copyOf(person.roles());
			this.weekly = person.shifts().stream()
				.map(shift -> new double[] { (shift.day().getValue() - 1) * 24 * 60 + shift.startMinute(), shift.minutes() })
				.sorted(Comparator.comparingDouble(shift -> shift[0]))
				.toArray(double[][]::new);
		}

		boolean can(Role role) {
			return roles.contains(role);
		}

		Deque<Lead> leads() {
			return scenario.organisation() == Organisation.CLASSIC ? ownLeads : Department.this.leads;
		}

		Deque<Client> due() {
			return scenario.organisation() == Organisation.CLASSIC ? ownDue : Department.this.due;
		}

	}

	Result run() {
		for (var agent : agents) {
			nextShift(agent, 0);
		}
		if (scenario.inboundLeadsPerHour() > 0) {
			nextInbound = exponential(60 / scenario.inboundLeadsPerHour());
			schedule(nextInbound, this::inboundLead);
		}
		while (!events.isEmpty() && events.peek().at() < end) {
			var event = events.poll();
			now = event.at();
			event.action().run();
		}
		now = end;
		noteWaiting();
		return result();
	}

	private void schedule(double at, Runnable action) {
		events.add(new Event(at, order++, action));
	}

	/**
	 * Schedules the agent's shift number {@code n} (counting over the weeks): one shift ahead at a time, so
	 * the event queue holds what is about to happen, not the whole year.
	 */
	private void nextShift(Agent agent, int n) {
		var shifts = agent.weekly;
		if (shifts.length == 0 || n / shifts.length >= scenario.weeks()) {
			return;
		}
		double start = (n / shifts.length) * WEEK + shifts[n % shifts.length][0];
		double minutes = shifts[n % shifts.length][1];
		schedule(start, () -> {
			nextShift(agent, n + 1);
			startShift(agent, start + minutes);
		});
	}

	private void startShift(Agent agent, double until) {
		agent.shiftMinutes += Math.min(until, end) - now;
		agent.onShiftUntil = Math.max(agent.onShiftUntil, until);
		if (!agent.busy) {
			work(agent);
		}
	}

	/** The agent, free and on shift, takes the most valuable work it may do; otherwise it waits for some. */
	private void work(Agent agent) {
		if (now >= agent.onShiftUntil) {
			return;
		}
		if (agent.can(Role.ACCOUNT_MANAGER) && !agent.due().isEmpty()) {
			var client = agent.due().poll();
			busy(agent, Role.ACCOUNT_MANAGER, duration(rates.reminderMinutes()), () -> remind(client));
			return;
		}
		if (agent.can(Role.CLOSER) && !agent.leads().isEmpty()) {
			var lead = takeLead(agent.leads());
			leadsStarted++;
			leadWaitMinutes += now - lead.since;
			busy(agent, Role.CLOSER, duration(rates.leadWorkHours() * 60), () -> closeLead(agent));
			return;
		}
		if (agent.can(Role.CALLER)) {
			coldCalls(agent);
		}
	}

	/**
	 * Cold calls change nothing for anyone else until one hands over a lead, so the agent dials them one after
	 * another without the event queue, each lead reaching tier 2 through the queue at the minute of its call. It
	 * stops at the end of its shift, or at a call that ends after {@link #otherWorkMayCome(Agent)}, or at a call that
	 * hands over a lead when it may do more than call (the lead may be its own to close); then it looks for the most
	 * valuable work again. A call that runs past the end of the simulation is not counted.
	 */
	private void coldCalls(Agent agent) {
		boolean onlyCalls = agent.roles.size() == 1;
		boolean mayClose = agent.can(Role.CLOSER);
		double lookAgainAt = Math.min(agent.onShiftUntil, otherWorkMayCome(agent));
		double clock = now;
		boolean handedOverOwnLead = false;
		do { // one call at least, even when other work may come at once: it is made before the agent looks again
			double minutes = duration(rates.callMinutes());
			if (mayClose) {
				coldCallMinutesOfClosers += minutes;
			}
			agent.busyMinutes[Role.CALLER.ordinal()] += Math.min(minutes, end - clock);
			clock += minutes;
			if (clock >= end) {
				break;
			}
			if (handsOver()) {
				if (onlyCalls) {
					schedule(clock, () -> leadArrives(agent));
				}
				else {
					handedOverOwnLead = true;
				}
			}
		}
		while (clock < lookAgainAt && !handedOverOwnLead);
		boolean withLead = handedOverOwnLead;
		agent.busy = true;
		schedule(Math.min(clock, end), () -> {
			if (withLead) {
				leadArrives(agent); // while the agent is still busy: a free closer takes the lead first
			}
			agent.busy = false;
			work(agent);
		});
	}

	/**
	 * The first moment other work may reach an agent who is calling: never for someone who only calls; in the
	 * classic model, when one of the agent's clients is due or an inbound lead comes; in the three tiers, whatever
	 * happens next, as it may fill a queue the agent takes from.
	 */
	private double otherWorkMayCome(Agent agent) {
		if (agent.roles.size() == 1) {
			return Double.POSITIVE_INFINITY;
		}
		if (scenario.organisation() == Organisation.CLASSIC) {
			return Math.min(nextInbound, agent.nextClientDueAt);
		}
		return events.isEmpty() ? end : events.peek().at();
	}

	/** One cold call counted; true when it ends in a lead tier 2 accepts. */
	private boolean handsOver() {
		calls++;
		if (random.nextDouble() >= rates.connected()) {
			return false;
		}
		connected++;
		if (random.nextDouble() >= rates.interested()) {
			return false;
		}
		handedOver++;
		if (random.nextDouble() >= rates.accepted()) {
			return false;
		}
		accepted++;
		return true;
	}

	private void leadArrives(Agent caller) {
		if (scenario.organisation() == Organisation.THREE_TIER) {
			commissions += scenario.pay().perAcceptedLead();
		}
		addLead(caller.leads(), new Lead(now));
		wakeFor(Role.CLOSER, caller);
	}

	private void busy(Agent agent, Role role, double minutes, Runnable done) {
		agent.busy = true;
		agent.busyMinutes[role.ordinal()] += Math.min(minutes, Math.max(0, end - now));
		schedule(now + minutes, () -> {
			done.run();
			agent.busy = false;
			work(agent);
		});
	}

	private void inboundLead() {
		var lead = new Lead(now);
		if (scenario.organisation() == Organisation.THREE_TIER) {
			addLead(leads, lead);
			wakeFor(Role.CLOSER, null);
		}
		else {
			var closers = agentsWho.get(Role.CLOSER);
			if (!closers.isEmpty()) {
				var owner = closers.get(inboundTurn++ % closers.size());
				addLead(owner.ownLeads, lead);
				wakeFor(Role.CLOSER, owner);
			}
		}
		nextInbound = now + exponential(60 / scenario.inboundLeadsPerHour());
		schedule(nextInbound, this::inboundLead);
	}

	private void closeLead(Agent closer) {
		if (random.nextDouble() >= rates.firstSale()) {
			return;
		}
		firstSales++;
		double value = duration(rates.firstSaleValue());
		newRevenue += value;
		commissions += value * (scenario.organisation() == Organisation.CLASSIC ? scenario.pay().classicPercent()
				: scenario.pay().firstSalePercent()) / 100;
		Agent manager = scenario.organisation() == Organisation.CLASSIC ? closer
				: agentsWho.get(Role.ACCOUNT_MANAGER)
					.stream()
					.min(Comparator.comparingInt((Agent a) -> a.clients))
					.orElse(null);
		if (manager == null) {
			return;
		}
		manager.clients++;
		buysAgainLater(manager);
	}

	/**
	 * A client of the manager's will buy again, after an exponential time whatever the last order was. So the first
	 * of the manager's n clients not due yet is due after an exponential time n times shorter, counted from any
	 * moment (the exponential does not remember how long a client has waited): one event per manager, for the next
	 * of their clients due, keeps the event queue as short as the department instead of as long as its clients. A
	 * client who joins them is due first only if their own time comes before that event; when it comes, the next
	 * of the others is drawn. The clients are alike, so which of them is due does not matter.
	 */
	private void buysAgainLater(Agent manager) {
		manager.clientsNotDue++;
		double at = now + exponential(rates.repeatEveryDays() * 24 * 60);
		if (at < manager.nextClientDueAt) {
			nextClientDue(manager, at);
		}
	}

	private void clientDue(Agent manager) {
		manager.clientsNotDue--;
		nextClientDue(manager, manager.clientsNotDue == 0 ? Double.POSITIVE_INFINITY
				: now + exponential(rates.repeatEveryDays() * 24 * 60 / manager.clientsNotDue));
		manager.due().add(new Client(manager));
		wakeFor(Role.ACCOUNT_MANAGER, manager);
	}

	/** Moves the manager's next client due to {@code at}: an event for an earlier time is void from now on. */
	private void nextClientDue(Agent manager, double at) {
		long draw = ++manager.clientDueDraws;
		manager.nextClientDueAt = at;
		if (at < end) {
			schedule(at, () -> {
				if (draw == manager.clientDueDraws) {
					clientDue(manager);
				}
			});
		}
	}

	private void remind(Client client) {
		if (random.nextDouble() < rates.repeatShare()) {
			repeatPurchases++;
			double value = duration(rates.repeatValue());
			repeatRevenue += value;
			commissions += value * (scenario.organisation() == Organisation.CLASSIC ? scenario.pay().classicPercent()
					: scenario.pay().repeatPercent()) / 100;
		}
		buysAgainLater(client.manager);
	}

	/** Work arrived for a role: the owner in the classic model, else the first free one on shift who may do it. */
	private void wakeFor(Role role, Agent owner) {
		if (scenario.organisation() == Organisation.CLASSIC) {
			if (owner != null && !owner.busy) {
				work(owner);
			}
			return;
		}
		for (var agent : agentsWho.get(role)) {
			if (!agent.busy && now < agent.onShiftUntil) {
				work(agent);
			}
		}
	}

	private double duration(double mean) {
		return rates.fixedDurations() ? mean : exponential(mean);
	}

	private double exponential(double mean) {
		return mean * random.nextExponential();
	}

	private void addLead(Deque<Lead> queue, Lead lead) {
		noteWaiting();
		queue.add(lead);
		leadsWaiting++;
	}

	private Lead takeLead(Deque<Lead> queue) {
		noteWaiting();
		leadsWaiting--;
		return queue.poll();
	}

	private void noteWaiting() {
		waitingArea += leadsWaiting * (now - lastChange);
		lastChange = now;
	}

	private Result result() {
		double hourlyCost = agents.stream().mapToDouble(a -> a.shiftMinutes / 60 * a.person.hourlyCost()).sum();
		return new Result(calls, connected, handedOver, accepted, firstSales, newRevenue, repeatPurchases, repeatRevenue,
				hourlyCost, commissions, coldCallMinutesOfClosers / 60, leadsStarted == 0 ? 0 : leadWaitMinutes / leadsStarted / 60,
				waitingArea / end, leadsWaiting, utilisation(Role.CALLER), utilisation(Role.CLOSER),
				utilisation(Role.ACCOUNT_MANAGER));
	}

	private double utilisation(Role role) {
		double busyMinutes = 0;
		double shiftMinutes = 0;
		for (var agent : agentsWho.get(role)) {
			busyMinutes += agent.busyMinutes[role.ordinal()];
			shiftMinutes += agent.shiftMinutes;
		}
		return shiftMinutes == 0 ? 0 : busyMinutes / shiftMinutes;
	}

}
