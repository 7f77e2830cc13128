package ua.relay.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.platform.DomainException;
import ua.relay.platform.Role;
import ua.relay.shared.Money;

/** Deals through the pipeline on the real database: moves, plans that never overwrite each other, losing. */
@IntegrationTest
class PipelineIT {

	@Autowired
	Staffing staffing;

	@Autowired
	ua.relay.Deals deals;

	@Autowired
	Pipeline pipeline;

	@Autowired
	ConversionQueries conversion;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DealActivities activities;

	@Autowired
	Clock clock;

	@Test
	void theSecondOfTwoEditsOfTheSameVersionIsRefusedNotWrittenOver() {
		var deal = deals.open();
		var closer = Staffing.as(deal.closerId(), Role.CLOSER);
		int seen = deal.version();

		pipeline.plan(deal.id(), seen, Money.uah(30_000), LocalDate.now(clock).plusDays(14), 40, closer);
		assertThatThrownBy(() -> pipeline.move(deal.id(), seen, "PROPOSAL", closer))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.kind()).isEqualTo(DomainException.Kind.CONFLICT);
				assertThat(ex.code()).isEqualTo("deal.changed");
			});

		var now = conversion.deal(deal.id(), closer);
		assertThat(now.probability()).isEqualTo(40);
		assertThat(now.stage()).isEqualTo("WARM_UP");
		pipeline.move(deal.id(), now.version(), "PROPOSAL", closer);
		assertThat(conversion.deal(deal.id(), closer).stage()).isEqualTo("PROPOSAL");
		assertThat(conversion.deal(deal.id(), closer).probability()).isEqualTo(50);
	}

	@Test
	void aLostDealsCompanyIsDueInTierOneAgainOnTheDayGiven() {
		var deal = deals.open();
		var closer = Staffing.as(deal.closerId(), Role.CLOSER);
		var recontact = LocalDate.now(clock).plusMonths(3);

		pipeline.lose(deal.id(), "Уклали річний контракт з іншим перевізником", recontact, closer);

		var lost = conversion.deal(deal.id(), closer);
		assertThat(lost.open()).isFalse();
		assertThat(lost.stage()).isEqualTo("LOST");
		assertThat(lost.recontactOn()).isEqualTo(recontact);
		var prospect = jdbc.sql("""
				select p.status, p.due_at, p.returned_reason from prospecting_prospect p
				join conversion_lead l on l.prospect_id = p.id where l.id = ?
				""")
			.param(deal.leadId().value())
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3) })
			.single();
		assertThat(prospect[0]).isEqualTo("RETRY");
		assertThat(((OffsetDateTime) prospect[1]).toInstant())
			.isEqualTo(recontact.atTime(LocalTime.of(9, 0)).atZone(clock.getZone()).toInstant());
		assertThat(prospect[2]).isEqualTo("Уклали річний контракт з іншим перевізником");
	}

	@Test
	void theTimelineAndTasksOfADealAreItsClosersToWrite() {
		// a closer of their own: one the distribution chose may hold other tests' deals and tasks
		var closer = staffing.hire(Role.CLOSER);
		var deal = deals.openFor(closer);
		var now = clock.instant();

		activities.record(deal.id(), ActivityKind.CALL, "Обговорили тариф на рефрижератор", now.minusSeconds(3_600), closer);
		activities.record(deal.id(), ActivityKind.EMAIL, "Надіслав КП", null, closer);
		assertThatThrownBy(() -> activities.record(deal.id(), ActivityKind.NOTE, "Завтра", now.plusSeconds(86_400), closer))
			.hasMessageContaining("happened");
		var someoneElse = staffing.hire(Role.CLOSER);
		assertThatThrownBy(() -> activities.record(deal.id(), ActivityKind.NOTE, "Чуже", null, someoneElse))
			.isInstanceOf(DomainException.class);
		assertThat(activities.timeline(deal.id(), closer)).extracting(ActivityView::kind)
			.containsExactly(ActivityKind.EMAIL, ActivityKind.CALL);

		var late = activities.plan(deal.id(), "Передзвонити щодо договору", now.minusSeconds(600), false, closer);
		activities.plan(deal.id(), "Надіслати договір", now.plusSeconds(86_400), false, closer);
		assertThat(activities.openTasks(closer)).extracting(TaskView::title, TaskView::overdue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Передзвонити щодо договору", true),
					org.assertj.core.groups.Tuple.tuple("Надіслати договір", false));
		assertThatThrownBy(() -> activities.done(late, someoneElse)).isInstanceOf(DomainException.class);
		activities.done(late, closer);
		assertThat(activities.openTasks(closer)).extracting(TaskView::title).containsExactly("Надіслати договір");
		assertThat(activities.tasksOf(deal.id(), closer)).hasSize(2).first().satisfies(t -> assertThat(t.done()).isFalse());
	}

}
