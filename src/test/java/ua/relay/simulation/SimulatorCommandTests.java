package ua.relay.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The command line prints both models, each figure with its interval, and refuses what it does not know. */
class SimulatorCommandTests {

	@Test
	void printsBothModelsSideBySide() {
		var out = new ByteArrayOutputStream();

		SimulatorCommand.run(new String[] { "--callers", "2", "--closers", "1", "--managers", "1", "--weeks", "4",
				"--replications", "4", "--seed", "5" }, new PrintStream(out, true, StandardCharsets.UTF_8));

		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).contains("4 weeks, 4 replications, seed 5", "against classic (4 people)", "firstSales",
				"closerColdCallHours", "±");
	}

	@Test
	void sweepsTheCallersAndPrintsTheFloorOfEachTimeWhenAsked() {
		var out = new ByteArrayOutputStream();

		SimulatorCommand.run(new String[] { "--callers", "2", "--closers", "1", "--managers", "1", "--weeks", "4",
				"--replications", "4", "--seed", "5", "--sweep-to", "2", "--floor" },
				new PrintStream(out, true, StandardCharsets.UTF_8));

		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).contains("sweep of 0…2 callers (1 closers, 1 managers), 4 weeks, 4 replications each, seed 5");
		assertThat(text.lines().filter(line -> line.startsWith("floor: the same ")).count()).isEqualTo(2);
		assertThat(text.lines().filter(line -> line.matches("[012] +\\S+ ±.*"))).hasSize(3);
	}

	@Test
	void refusesAnUnknownOption() {
		assertThatThrownBy(() -> SimulatorCommand.run(new String[] { "--bosses", "3" }, System.out))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("--bosses");
		assertThatThrownBy(() -> SimulatorCommand.run(new String[] { "--seed" }, System.out))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("--seed");
	}

}
