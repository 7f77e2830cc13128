package ua.relay.conversion;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.conversion.domain.Stage;
import ua.relay.conversion.jdbc.BoardQueries;
import ua.relay.platform.Actor;
import ua.relay.salesorg.EmployeeId;

/**
 * The deals board: a column per open stage with its deals weighted by their odds, each card with its
 * amount, owner, days in the stage and next step, marked when it has no next step or has stayed longer
 * than deals usually stay in that stage. The head may look at one closer's deals.
 */
@Service
public class DealBoard {

	/** A stage's usual time when too few deals have left it yet to tell. */
	static final int USUAL_DAYS = 14;

	/** How many deals must have left a stage for their median to be its usual time. */
	static final int ENOUGH = 5;

	/** The period the usual times are read from. */
	static final Duration HISTORY = Duration.ofDays(180);

	private final ConversionQueries queries;

	private final BoardQueries board;

	private final Pipeline pipeline;

	private final Clock clock;

	DealBoard(ConversionQueries queries, BoardQueries board, Pipeline pipeline, Clock clock) {
		this.queries = queries;
		this.board = board;
		this.pipeline = pipeline;
		this.clock = clock;
	}

	/** What comes next on a deal: a task or a meeting, when. */
	public record NextStep(String title, Instant dueAt, boolean meeting) {
	}

	public record Card(DealView deal, long daysInStage, NextStep next, boolean stuck) {

		public boolean noNextStep() {
			return next == null;
		}

	}

	/** {@code usualDays}: the median stay of the deals that left the stage; {@code measured} false for the default. */
	public record Column(Stage stage, List<Card> cards, BigDecimal weighted, int usualDays, boolean measured) {
	}

	/** A closer the head may filter by. */
	public record Owner(EmployeeId id, String name) {
	}

	public record View(List<Column> columns, List<Owner> owners, EmployeeId owner) {
	}

	@Transactional(readOnly = true)
	public View of(Actor actor, Optional<EmployeeId> owner) {
		var now = clock.instant();
		var open = queries.deals(actor, true);
		var owners = open.stream()
			.map(d -> new Owner(d.closerId(), d.closer()))
			.distinct()
			.sorted(Comparator.comparing(Owner::name))
			.toList();
		var shown = open.stream().filter(d -> owner.isEmpty() || d.closerId().equals(owner.get())).toList();
		var next = board.nextSteps(shown.stream().map(d -> d.id().value()).toList());
		var usual = usualDays(now);
		var columns = pipeline.stages().open().stream().map(stage -> {
			int days = usual.getOrDefault(stage.code(), USUAL_DAYS);
			var cards = shown.stream().filter(d -> d.stage().equals(stage.code())).map(d -> {
				var step = next.get(d.id().value());
				long inStage = d.stageChangedAt() == null ? 0 : Duration.between(d.stageChangedAt(), now).toDays();
				return new Card(d, inStage, step, inStage > days);
			}).toList();
			return new Column(stage, cards,
					cards.stream().map(c -> c.deal().weighted()).reduce(BigDecimal.ZERO, BigDecimal::add), days,
					usual.containsKey(stage.code()));
		}).toList();
		return new View(columns, actor.seesEverything() ? owners : List.of(), owner.orElse(null));
	}

	/** Each stage's median stay over {@link #HISTORY}, where at least {@link #ENOUGH} deals left it. */
	private Map<String, Integer> usualDays(Instant now) {
		return board.daysInStages(now.minus(HISTORY), now.minus(HISTORY).minus(HISTORY)).entrySet().stream()
			.filter(e -> e.getValue().size() >= ENOUGH)
			.collect(Collectors.toMap(Map.Entry::getKey, e -> (int) Math.ceil(median(e.getValue()))));
	}

	private static double median(List<Double> values) {
		var sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
