package ua.relay.conversion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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

	private Lead lead() {
		return Lead.receive(handOver, new Assignment(closer, "least loaded"), NOW.plusSeconds(5));
	}

	@Test
	void aLeadKeepsTheIdOfItsHandOver() {
		assertThat(lead().id().value()).isEqualTo(handOver.handOverId());
		assertThat(lead().callerNote()).isEqualTo("cargo weekly");
	}

	@Test
	void acceptingALeadOpensADealInWarmUp() {
		var lead = lead();
		var deal = lead.accept(closer, NOW);
		assertThat(lead.status()).isEqualTo(LeadStatus.ACCEPTED);
		assertThat(deal.stage()).isEqualTo(DealStage.WARM_UP);
		assertThat(deal.companyId()).isEqualTo(handOver.companyId());
	}

	@Test
	void onlyTheAssignedCloserAcceptsAndOnlyOnce() {
		var lead = lead();
		assertThatThrownBy(() -> lead.accept(EmployeeId.random(), NOW)).hasMessageContaining("another closer");
		lead.accept(closer, NOW);
		assertThatThrownBy(() -> lead.accept(closer, NOW)).hasMessageContaining("ACCEPTED");
	}

	@Test
	void winningIsTheFirstSale() {
		var deal = lead().accept(closer, NOW);
		var sale = deal.win(closer, Money.uah(42_000), NOW.plusSeconds(60));
		assertThat(sale.amount()).isEqualTo(Money.uah(42_000));
		assertThat(sale.closer()).isEqualTo(closer);
		assertThat(deal.stage()).isEqualTo(DealStage.WON);
		assertThatThrownBy(() -> deal.win(closer, Money.uah(1), NOW)).hasMessageContaining("WON");
	}

	@Test
	void aFirstSaleNeedsAPositiveAmount() {
		var deal = lead().accept(closer, NOW);
		assertThatThrownBy(() -> deal.win(closer, Money.ZERO, NOW)).hasMessageContaining("positive");
	}

	@Test
	void everyOpenStageCanBeWonOrLostAndClosedStagesGoNowhere() {
		for (DealStage stage : DealStage.values()) {
			if (stage.isOpen()) {
				assertThat(stage.next()).contains(DealStage.WON, DealStage.LOST);
			}
			else {
				assertThat(stage.next()).isEmpty();
			}
		}
	}

}
