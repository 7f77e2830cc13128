package ua.relay.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.Deals;
import ua.relay.Staffing;
import ua.relay.TestDatabase;
import ua.relay.platform.Role;
import ua.relay.platform.SqlTime;
import ua.relay.salesorg.EmployeeId;

/**
 * Each card on the board says who owns the deal, how long it has been in its stage and what comes next;
 * a deal with no next step, or in its stage longer than deals usually stay there, is marked; the head
 * looks at one closer's deals.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabase.class)
@AutoConfigureMockMvc
class DealBoardIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Deals deals;

	@Autowired
	DealActivities activities;

	@Autowired
	DealBoard board;

	@Autowired
	Pipeline pipeline;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aCardTellsItsOwnerDaysInStageAndNextStepAndADealWithoutOneOrStuckIsMarked() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		var planned = deals.openFor(closer);
		var stuck = deals.openFor(closer);
		var due = clock.instant().plus(Duration.ofDays(1));
		activities.plan(planned.id(), "Надіслати договір", due, false, closer);
		// five deals left the first stage after two days each: that is its usual time
		String first = pipeline.stages().open().get(0).code();
		var now = clock.instant();
		for (int i = 0; i < 5; i++) {
			var other = deals.openFor(closer);
			jdbc.sql("delete from conversion_stage_change where deal_id = :deal").param("deal", other.id().value()).update();
			jdbc.sql("insert into conversion_stage_change (deal_id, stage, entered_at) values (:deal, :stage, :at)")
				.param("deal", other.id().value()).param("stage", first).param("at", SqlTime.of(now.minus(Duration.ofDays(3))))
				.update();
			jdbc.sql("insert into conversion_stage_change (deal_id, stage, entered_at) values (:deal, 'LATER', :at)")
				.param("deal", other.id().value()).param("at", SqlTime.of(now.minus(Duration.ofDays(1))))
				.update();
		}
		jdbc.sql("update conversion_deal set stage_changed_at = :at where id = :deal")
			.param("at", SqlTime.of(now.minus(Duration.ofDays(6))))
			.param("deal", stuck.id().value())
			.update();

		var view = board.of(closer, Optional.empty());
		var column = view.columns().stream().filter(c -> c.stage().code().equals(first)).findFirst().orElseThrow();
		assertThat(column.usualDays()).as("other tests move deals on too").isBetween(1, 2);
		assertThat(column.measured()).isTrue();
		var plannedCard = card(column, planned.id());
		assertThat(plannedCard.next()).isNotNull();
		assertThat(plannedCard.next().title()).isEqualTo("Надіслати договір");
		assertThat(plannedCard.noNextStep()).isFalse();
		assertThat(plannedCard.stuck()).isFalse();
		var stuckCard = card(column, stuck.id());
		assertThat(stuckCard.daysInStage()).isEqualTo(6);
		assertThat(stuckCard.stuck()).isTrue();
		assertThat(stuckCard.noNextStep()).isTrue();
		assertThat(stuckCard.deal().closer()).isNotBlank();
		assertThat(view.owners()).as("a closer filters nobody").isEmpty();
	}

	@Test
	void theHeadLooksAtOneClosersDealsAndTheWeightedTotalsFollow() throws Exception {
		var mine = staffing.hire(Role.CLOSER);
		var theirs = staffing.hire(Role.CLOSER);
		var myDeal = deals.openFor(mine);
		var theirDeal = deals.openFor(theirs);
		var head = staffing.hire(Role.HEAD);

		var onlyMine = board.of(head, Optional.of(new EmployeeId(mine.requireEmployee())));
		assertThat(onlyMine.owners()).extracting(DealBoard.Owner::id)
			.contains(new EmployeeId(mine.requireEmployee()), new EmployeeId(theirs.requireEmployee()));
		assertThat(onlyMine.columns().stream().flatMap(c -> c.cards().stream()).map(c -> c.deal().id()))
			.contains(myDeal.id())
			.doesNotContain(theirDeal.id());

		mvc.perform(get("/conversion/board").param("closer", mine.requireEmployee().toString())
			.with(user(Staffing.principal(head))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("deal-" + myDeal.id().value())))
			.andExpect(content().string(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("deal-" + theirDeal.id().value()))));
	}

	private static DealBoard.Card card(DealBoard.Column column, DealId id) {
		return column.cards().stream().filter(c -> c.deal().id().equals(id)).findFirst().orElseThrow();
	}

}
