package ua.relay.conversion.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline in its order: open stages a deal may move between freely (a board is dragged both
 * ways), then exactly one won and one lost stage, which end it.
 */
public record PipelineStages(List<Stage> all) {

	public PipelineStages {
		all = all.stream().sorted(Comparator.comparingInt(Stage::position)).toList();
		if (all.stream().filter(Stage::isOpen).findAny().isEmpty()) {
			throw new IllegalArgumentException("A pipeline needs at least one open stage");
		}
		for (StageKind end : List.of(StageKind.WON, StageKind.LOST)) {
			if (all.stream().filter(s -> s.kind() == end).count() != 1) {
				throw new IllegalArgumentException("A pipeline has exactly one " + end + " stage");
			}
		}
		if (all.stream().map(Stage::code).distinct().count() != all.size()) {
			throw new IllegalArgumentException("Stage codes repeat");
		}
	}

	public Stage first() {
		return open().get(0);
	}

	public List<Stage> open() {
		return all.stream().filter(Stage::isOpen).toList();
	}

	public Stage won() {
		return all.stream().filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow();
	}

	public Stage lost() {
		return all.stream().filter(s -> s.kind() == StageKind.LOST).findFirst().orElseThrow();
	}

	public Optional<Stage> find(String code) {
		return all.stream().filter(s -> s.code().equals(code)).findFirst();
	}

	/** A stage that has gone from the set-up still reads as itself, so old deals keep their history. */
	public Stage get(String code) {
		return find(code).orElseGet(() -> new Stage(code, code, code, Integer.MAX_VALUE, StageKind.OPEN, 0));
	}

}
