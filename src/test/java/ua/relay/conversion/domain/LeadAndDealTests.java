package ua.relay.conversion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ua.relay.party.CompanyId;
import ua.relay.prospecting.LeadHandedOver;
import ua.relay.prospecting.ProspectId;
import ua.relay.salesorg.Assignment;
import ua.relay.salesorg.EmployeeId;
import ua.relay.shared.Money;

class LeadAndDealTests {

	private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	private final EmployeeId caller = EmployeeId.random();

	private final EmployeeId closer = EmployeeId.random();

	private final LeadHandedOver handOver = new LeadHandedOver(UUID.randomUUID(), ProspectId.random(),
			CompanyId.random(), caller, "cargo weekly", false, java.util.List.of(), null, NOW);

	private static final PipelineStages STAGES = new PipelineStages(List.of(
			new Stage("WARM_UP", "Прогрів", "Warm-up", 10, StageKind.OPEN, 10),
			new Stage("PROPOSAL", "Пропозиція", "Proposal", 30, StageKind.OPEN, 50),
			new Stage("WON", "Виграно", "Won", 90, StageKind.WON, 100),
			new Stage("LOST", "Втрачено", "Lost", 100, StageKind.LOST, 0)));

	private Lead lead() {
		return Lead.receive(handOver, new Assignment(closer, "least loaded"), NOW.plusSeconds(5), NOW.plusSeconds(3_600));
	}

	@Test
	void aLeadKeepsTheIdOfItsHandOver() {
		assertThat(lead().id().value()).isEqualTo(handOver.handOverId());
		assertThat(lead().callerNote()).isEqualTo("cargo weekly");
	}

	@Test
	void acceptingALeadOpensADealInWarmUp() {
		var lead = lead();
		var deal = lead.accept(closer, STAGES.first(), NOW);
		assertThat(lead.status()).isEqualTo(LeadStatus.ACCEPTED);
		assertThat(deal.stage()).isEqualTo("WARM_UP");
		assertThat(deal.probability()).isEqualTo(10);
		assertThat(deal.companyId()).isEqualTo(handOver.companyId());
	}

	@Test
	void onlyTheAssignedCloserAcceptsAndOnlyOnce() {
		var lead = lead();
		assertThatThrownBy(() -> lead.accept(EmployeeId.random(), STAGES.first(), NOW)).hasMessageContaining("another closer");
		lead.accept(closer, STAGES.first(), NOW);
		assertThatThrownBy(() -> lead.accept(closer, STAGES.first(), NOW)).hasMessageContaining("ACCEPTED");
	}

	@Test
	void winningIsTheFirstSale() {
		var deal = lead().accept(closer, STAGES.first(), NOW);
		var sale = deal.win(closer, Money.uah(42_000), STAGES, NOW.plusSeconds(60));
		assertThat(sale.amount()).isEqualTo(Money.uah(42_000));
		assertThat(sale.closer()).isEqualTo(closer);
		assertThat(deal.stage()).isEqualTo("WON");
		assertThat(deal.closedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThatThrownBy(() -> deal.win(closer, Money.uah(1), STAGES, NOW)).hasMessageContaining("WON");
	}

	@Test
	void aFirstSaleNeedsAPositiveAmount() {
		var deal = lead().accept(closer, STAGES.first(), NOW);
		assertThatThrownBy(() -> deal.win(closer, Money.ZERO, STAGES, NOW)).hasMessageContaining("positive");
	}

	@Test
	void theFirstTouchIsKeptOnceAndALateOneStaysLate() {
		var waiting = lead();
		assertThat(waiting.firstTouchLate(NOW.plusSeconds(3_000))).isFalse();
		assertThat(waiting.firstTouchLate(NOW.plusSeconds(3_601))).as("still waiting past the time").isTrue();
		var touchedInTime = lead();
		touchedInTime.accept(closer, STAGES.first(), NOW.plusSeconds(600));
		assertThat(touchedInTime.firstTouchedAt()).isEqualTo(NOW.plusSeconds(600));
		assertThat(touchedInTime.firstTouchLate(NOW.plusSeconds(99_999))).isFalse();
		var touchedLate = lead();
		touchedLate.reject(closer, "Не наш профіль", false, NOW.plusSeconds(7_200));
		assertThat(touchedLate.firstTouchLate(NOW.plusSeconds(7_200))).isTrue();
	}

	@Test
	void anEscalatedLeadTurnsUrgent() {
		var lead = lead();
		lead.escalate(NOW.plusSeconds(4_000));
		assertThat(lead.urgent()).isTrue();
		assertThat(lead.escalatedAt()).isEqualTo(NOW.plusSeconds(4_000));
		lead.accept(closer, STAGES.first(), NOW.plusSeconds(4_100));
		assertThatThrownBy(() -> lead.escalate(NOW.plusSeconds(4_200))).hasMessageContaining("ACCEPTED");
	}

	@Test
	void aDealMovesFreelyBetweenOpenStagesTakingTheStagesOdds() {
		var deal = lead().accept(closer, STAGES.first(), NOW);
		deal.moveTo(STAGES.get("PROPOSAL"), closer, STAGES, NOW.plusSeconds(10));
		assertThat(deal.stage()).isEqualTo("PROPOSAL");
		assertThat(deal.probability()).isEqualTo(50);
		deal.moveTo(STAGES.first(), closer, STAGES, NOW.plusSeconds(20));
		assertThat(deal.stage()).isEqualTo("WARM_UP");
		assertThatThrownBy(() -> deal.moveTo(STAGES.won(), closer, STAGES, NOW)).hasMessageContaining("cannot become WON");
		assertThatThrownBy(() -> deal.moveTo(STAGES.get("PROPOSAL"), EmployeeId.random(), STAGES, NOW))
			.hasMessageContaining("another closer");
	}

	@Test
	void aLostDealNeedsItsReasonAndADayAheadToComeBackAndThenGoesNowhere() {
		var deal = lead().accept(closer, STAGES.first(), NOW);
		var today = LocalDate.of(2026, 11, 26);
		assertThatThrownBy(() -> deal.lose(closer, " ", today.plusMonths(3), today, STAGES, NOW)).hasMessageContaining("reason");
		assertThatThrownBy(() -> deal.lose(closer, "Дорого", today, today, STAGES, NOW)).hasMessageContaining("ahead");
		var lost = deal.lose(closer, "Дорого", today.plusMonths(3), today, STAGES, NOW);
		assertThat(lost.recontactOn()).isEqualTo(today.plusMonths(3));
		assertThat(deal.stage()).isEqualTo("LOST");
		assertThat(deal.probability()).isZero();
		assertThatThrownBy(() -> deal.moveTo(STAGES.first(), closer, STAGES, NOW)).hasMessageContaining("LOST");
		assertThatThrownBy(() -> deal.win(closer, Money.uah(1), STAGES, NOW)).hasMessageContaining("LOST");
	}

	@Test
	void aPipelineHasOpenStagesAndExactlyOneWonAndOneLost() {
		assertThatThrownBy(() -> new PipelineStages(List.of(new Stage("WON", "В", "W", 1, StageKind.WON, 100),
				new Stage("LOST", "В", "L", 2, StageKind.LOST, 0)))).hasMessageContaining("open stage");
		assertThatThrownBy(() -> new PipelineStages(List.of(new Stage("A", "А", "A", 1, StageKind.OPEN, 10),
				new Stage("LOST", "В", "L", 2, StageKind.LOST, 0)))).hasMessageContaining("one WON");
	}

}
