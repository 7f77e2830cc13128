package ua.relay.simulation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
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

	/** The shared queues of the three-tier model (the classic one keeps them per agent). */
	private final Deque<Lead> leads = new ArrayDeque<>();

	private final Deque<Client> due = new ArrayDeque<>();

	private final double end;

	private long order;

	private double now;

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

		final Deque<Lead> ownLeads = new ArrayDeque<>();

		final Deque<Client> ownDue = new ArrayDeque<>();

		double onShiftUntil = -1;

		boolean busy;

		double shiftMinutes;

		final double[] busyMinutes = new double[Role.values().length];

		int clients;

		/** The weekly shifts as (minute of the week it starts, minutes), in order. */
		final double[][] weekly;

		Agent(Person person) {
			this.person = person;
			this.weekly = person.shifts().stream()
				.map(shift -> new double[] { (shift.day().getValue() - 1) * 24 * 60 + shift.startMinute(), shift.minutes() })
				.sorted(Comparator.comparingDouble(shift -> shift[0]))
				.toArray(double[][]::new);
		}

		boolean can(Role role) {
			return person.roles().contains(role);
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
			schedule(exponential(60 / scenario.inboundLeadsPerHour()), this::inboundLead);
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
			noteWaiting();
			var lead = agent.leads().poll();
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
	 * Cold calls, most of which change nothing for anyone else: they are made one after another without the
	 * event queue for as long as no other event comes first; a call that hands over a lead, or that would end
	 * after the next event, goes through the queue like any other work.
	 */
	private void coldCalls(Agent agent) {
		if (agent.person.roles().size() == 1) {
			dialWholeShift(agent);
			return;
		}
		agent.busy = true; // nobody hands it work while it dials
		while (true) {
			double minutes = duration(rates.callMinutes());
			if (agent.can(Role.CLOSER)) {
				coldCallMinutesOfClosers += minutes;
			}
			double next = events.isEmpty() ? end : events.peek().at();
			if (now + minutes >= next || now + minutes >= end) {
				agent.busy = false;
				busy(agent, Role.CALLER, minutes, () -> coldCall(agent));
				return;
			}
			agent.busyMinutes[Role.CALLER.ordinal()] += minutes;
			now += minutes;
			if (coldCall(agent)) {
				agent.busy = false;
				work(agent); // a lead was handed over: the agent may have better work now
				return;
			}
			if (now >= agent.onShiftUntil) {
				agent.busy = false;
				return;
			}
		}
	}

	/**
	 * A caller who does nothing else: nothing that happens to others changes their shift, so it is dialled
	 * through at once; each lead it hands over reaches tier 2 through the queue at the minute of its call.
	 */
	private void dialWholeShift(Agent caller) {
		double clock = now;
		while (clock < caller.onShiftUntil && clock < end) {
			double minutes = duration(rates.callMinutes());
			caller.busyMinutes[Role.CALLER.ordinal()] += Math.min(minutes, end - clock);
			clock += minutes;
			if (clock >= end) {
				break;
			}
			if (handsOver()) {
				schedule(clock, () -> leadArrives(caller));
			}
		}
		caller.busy = true;
		schedule(Math.min(clock, end), () -> {
			caller.busy = false;
			work(caller);
		});
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
		noteWaiting();
		caller.leads().add(new Lead(now));
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

	/** A cold call's outcome; true when it handed over a lead tier 2 accepted. */
	private boolean coldCall(Agent caller) {
		if (!handsOver()) {
			return false;
		}
		leadArrives(caller);
		return true;
	}

	private void inboundLead() {
		noteWaiting();
		var lead = new Lead(now);
		if (scenario.organisation() == Organisation.THREE_TIER) {
			leads.add(lead);
			wakeFor(Role.CLOSER, null);
		}
		else {
			var closers = agents.stream().filter(a -> a.can(Role.CLOSER)).toList();
			if (!closers.isEmpty()) {
				var owner = closers.get(inboundTurn++ % closers.size());
				owner.ownLeads.add(lead);
				wakeFor(Role.CLOSER, owner);
			}
		}
		schedule(now + exponential(60 / scenario.inboundLeadsPerHour()), this::inboundLead);
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
				: agents.stream()
					.filter(a -> a.can(Role.ACCOUNT_MANAGER))
					.min(Comparator.comparingInt((Agent a) -> a.clients))
					.orElse(null);
		if (manager == null) {
			return;
		}
		manager.clients++;
		var client = new Client(manager);
		schedule(now + exponential(rates.repeatEveryDays() * 24 * 60), () -> dueToBuy(client));
	}

	private void dueToBuy(Client client) {
		client.manager.due().add(client);
		wakeFor(Role.ACCOUNT_MANAGER, client.manager);
	}

	private void remind(Client client) {
		if (random.nextDouble() < rates.repeatShare()) {
			repeatPurchases++;
			double value = duration(rates.repeatValue());
			repeatRevenue += value;
			commissions += value * (scenario.organisation() == Organisation.CLASSIC ? scenario.pay().classicPercent()
					: scenario.pay().repeatPercent()) / 100;
		}
		schedule(now + exponential(rates.repeatEveryDays() * 24 * 60), () -> dueToBuy(client));
	}

	/** Work arrived for a role: the owner in the classic model, else the first free one on shift who may do it. */
	private void wakeFor(Role role, Agent owner) {
		if (scenario.organisation() == Organisation.CLASSIC) {
			if (owner != null && !owner.busy) {
				work(owner);
			}
			return;
		}
		for (var agent : agents) {
			if (!agent.busy && agent.can(role) && now < agent.onShiftUntil) {
				work(agent);
			}
		}
	}

	private double duration(double mean) {
		return rates.fixedDurations() ? mean : exponential(mean);
	}

	private double exponential(double mean) {
		return -mean * Math.log(1 - random.nextDouble());
	}

	private void noteWaiting() {
		long waiting = scenario.organisation() == Organisation.CLASSIC
				? agents.stream().mapToLong(a -> a.ownLeads.size()).sum() : leads.size();
		waitingArea += waiting * (now - lastChange);
		lastChange = now;
	}

	private Result result() {
		double hourlyCost = agents.stream().mapToDouble(a -> a.shiftMinutes / 60 * a.person.hourlyCost()).sum();
		long waitingAtEnd = scenario.organisation() == Organisation.CLASSIC
				? agents.stream().mapToLong(a -> a.ownLeads.size()).sum() : leads.size();
		return new Result(calls, connected, handedOver, accepted, firstSales, newRevenue, repeatPurchases, repeatRevenue,
				hourlyCost, commissions, coldCallMinutesOfClosers / 60, leadsStarted == 0 ? 0 : leadWaitMinutes / leadsStarted / 60,
				waitingArea / end, waitingAtEnd, utilisation(Role.CALLER), utilisation(Role.CLOSER),
				utilisation(Role.ACCOUNT_MANAGER));
	}

	private double utilisation(Role role) {
		double busyMinutes = 0;
		double shiftMinutes = 0;
		for (var agent : agents) {
			if (agent.can(role)) {
				busyMinutes += agent.busyMinutes[role.ordinal()];
				shiftMinutes += agent.shiftMinutes;
			}
		}
		return shiftMinutes == 0 ? 0 : busyMinutes / shiftMinutes;
	}

}
