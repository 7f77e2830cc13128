package ua.relay.routing;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Answers a PBX within its timeout. The routing decision runs on a pool of its own; when it takes longer
 * than {@code relay.telephony.answer-within} (a slow or unreachable database, a full pool) the PBX gets
 * the fallback destination at once, and the decision still completes and is logged, so the call's card
 * pops up and a retry of the same call gets the real answer.
 */
@Service
public class PbxAnswers implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PbxAnswers.class);

	private final InboundRouting routing;

	private final Telephony telephony;

	private final ThreadPoolExecutor pool;

	private final MeterRegistry metrics;

	PbxAnswers(InboundRouting routing, Telephony telephony, MeterRegistry metrics) {
		this.metrics = metrics;
		this.routing = routing;
		this.telephony = telephony;
		var threads = new AtomicInteger();
		this.pool = new ThreadPoolExecutor(32, 32, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1_000), task -> {
			var thread = new Thread(task, "pbx-answer-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.pool.allowCoreThreadTimeOut(true);
	}

	/** The decision for this call, or the fallback if it is not ready in time. */
	public RoutingDecision route(String source, String externalId, String callerNumber) {
		CompletableFuture<RoutingDecision> decision;
		try {
			decision = CompletableFuture.supplyAsync(() -> routing.route(source, externalId, callerNumber), pool);
		}
		catch (RejectedExecutionException ex) {
			log.warn("Inbound call {} from {}: routing pool is full, answering with the fallback", externalId, callerNumber);
			return answered("fallback-pool-full", RoutingDecision.toTheFallback());
		}
		try {
			return answered("decided", decision.get(telephony.answerWithin().toNanos(), TimeUnit.NANOSECONDS));
		}
		catch (TimeoutException ex) {
			log.warn("Inbound call {} from {}: no decision within {}, answering with the fallback", externalId,
					callerNumber, telephony.answerWithin());
			return answered("fallback-late", RoutingDecision.toTheFallback());
		}
		catch (ExecutionException ex) {
			log.error("Inbound call {} from {}: routing failed, answering with the fallback", externalId, callerNumber,
					ex.getCause());
			return answered("fallback-failed", RoutingDecision.toTheFallback());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return answered("fallback-failed", RoutingDecision.toTheFallback());
		}
	}

	/** Counted as {@code relay_routing_answers_total{answer=…}}: decided, or which fallback. */
	private RoutingDecision answered(String answer, RoutingDecision decision) {
		metrics.counter("relay.routing.answers", "answer", answer).increment();
		return decision;
	}

	@Override
	public void destroy() {
		pool.shutdown();
	}

}
