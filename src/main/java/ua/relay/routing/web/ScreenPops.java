package ua.relay.routing.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import ua.relay.routing.InboundCallRouted;
import ua.relay.routing.jdbc.CallNotices;
import ua.relay.salesorg.EmployeeId;

/**
 * The open pages of each employee, as server-sent event streams: when a call is routed to an employee (and
 * its decision is committed), each of their pages gets a {@code call} event with the call's id and fetches
 * the caller's card; nobody else's page hears of it. Streams live in the process the page is connected to,
 * and on PostgreSQL each routed call is told to every instance ({@link CallNotices}), so the page pops
 * whichever instance routed the call.
 */
@Component
class ScreenPops {

	private static final Logger log = LoggerFactory.getLogger(ScreenPops.class);

	static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

	private final Map<EmployeeId, List<SseEmitter>> pages = new ConcurrentHashMap<>();

	private final CallNotices notices;

	ScreenPops(CallNotices notices) {
		this.notices = notices;
		notices.onEach(this::pop);
	}

	SseEmitter open(EmployeeId employee, List<UUID> justRouted) {
		var emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
		var mine = pages.computeIfAbsent(employee, e -> new CopyOnWriteArrayList<>());
		mine.add(emitter);
		Runnable forget = () -> mine.remove(emitter);
		emitter.onCompletion(forget);
		emitter.onTimeout(forget);
		emitter.onError(error -> forget.run());
		try {
			emitter.send(SseEmitter.event().comment("relay"));
		}
		catch (IOException ex) {
			forget.run();
		}
		justRouted.forEach(call -> send(emitter, call, mine));
		return emitter;
	}

	/** Open streams would hold a graceful shutdown for its whole timeout: they end first, and pages reconnect. */
	@EventListener(ContextClosedEvent.class)
	void closeAll() {
		pages.values().forEach(mine -> mine.forEach(SseEmitter::complete));
		pages.clear();
	}

	@EventListener
	void on(InboundCallRouted call) {
		if (call.employee() == null) {
			return;
		}
		if (notices.crossInstances()) {
			notices.announce(call.employee(), call.callId()); // delivered to every instance once routing commits
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					pop(call);
				}
			});
		}
		else {
			pop(call);
		}
	}

	private void pop(InboundCallRouted call) {
		pop(call.employee(), call.callId());
	}

	private void pop(EmployeeId employee, UUID call) {
		var mine = pages.get(employee);
		if (mine == null) {
			return;
		}
		for (var emitter : mine) {
			send(emitter, call, mine);
		}
	}

	private static void send(SseEmitter emitter, UUID call, List<SseEmitter> mine) {
		try {
			emitter.send(SseEmitter.event().name("call").id(call.toString()).data(call.toString(), MediaType.TEXT_PLAIN));
		}
		catch (IOException | IllegalStateException ex) {
			log.debug("Screen pop: a page went away", ex);
			mine.remove(emitter);
		}
	}

}
