package ua.relay.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ua.relay.IntegrationTest;
import ua.relay.Prospects;
import ua.relay.Staffing;
import ua.relay.party.CompanyId;
import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.prospecting.CallOutcome;
import ua.relay.prospecting.CallQueue;
import ua.relay.prospecting.CallReport;
import ua.relay.prospecting.ProspectingQueries;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;

/** A closer turns a lead down: it is back with its caller, reason and all, and the caller is not credited. */
@IntegrationTest
class LeadRejectionIT {

	@Autowired
	Staffing staffing;

	@Autowired
	Prospects prospects;

	@Autowired
	CallQueue queue;

	@Autowired
	LeadInbox inbox;

	@Autowired
	ConversionQueries conversion;

	@Autowired
	Responsibilities responsibilities;

	@Autowired
	ProspectingQueries numbers;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRejectedLeadIsBackWithItsCallerWithTheReasonAndIsNotCountedAsAccepted() {
		var caller = staffing.hire(Role.CALLER);
		staffing.hire(Role.CLOSER);
		prospects.queueFirst();
		var card = queue.next(caller).orElseThrow();
		queue.record(card.id(), CallReport.of(CallOutcome.INTERESTED, "Хочуть ціну на Київ — Одеса"), caller);
		var lead = awaitLead(card.company().id());
		var closer = Staffing.as(lead.closerId(), Role.CLOSER);
		assertThat(numbers.callsTo(card.company().id())).singleElement().satisfies(call -> {
			assertThat(call.outcome()).isEqualTo(CallOutcome.INTERESTED);
			assertThat(call.note()).isEqualTo("Хочуть ціну на Київ — Одеса");
			assertThat(call.caller()).isEqualTo(caller.displayName());
		});

		assertThatThrownBy(() -> inbox.reject(lead.id(), " ", false, closer)).hasMessageContaining("reason");
		inbox.reject(lead.id(), "Возять лише власним транспортом", false, closer);

		assertThat(conversion.lead(lead.id(), closer).status()).isEqualTo("REJECTED");
		assertThat(conversion.lead(lead.id(), closer).rejectionReason()).isEqualTo("Возять лише власним транспортом");
		var back = queue.next(caller).orElseThrow();
		assertThat(back.id()).as("the caller's own callback comes first").isEqualTo(card.id());
		assertThat(back.returnedReason()).isEqualTo("Возять лише власним транспортом");
		var today = numbers.today(caller);
		assertThat(today.handedOver()).isEqualTo(1);
		assertThat(today.accepted()).isZero();
		assertThatThrownBy(() -> inbox.accept(lead.id(), closer)).isInstanceOf(RuntimeException.class);
	}

	@Test
	void aDisqualifiedLeadLeavesTheQueueForGood() {
		var caller = staffing.hire(Role.CALLER);
		staffing.hire(Role.CLOSER);
		prospects.queueFirst();
		var card = queue.next(caller).orElseThrow();
		queue.record(card.id(), CallReport.of(CallOutcome.INTERESTED, null), caller);
		var lead = awaitLead(card.company().id());

		inbox.reject(lead.id(), "Фізична особа, не компанія", true, Staffing.as(lead.closerId(), Role.CLOSER));

		assertThat(jdbc.sql("select status from prospecting_prospect where id = ?").param(card.id().value())
			.query(String.class).single()).isEqualTo("DISQUALIFIED");
	}

	@Test
	void onlyTheHeadReassignsAndOnlyToACloser() {
		var head = staffing.hire(Role.HEAD);
		var caller = staffing.hire(Role.CALLER);
		staffing.hire(Role.CLOSER);
		prospects.queueFirst();
		var card = queue.next(caller).orElseThrow();
		queue.record(card.id(), CallReport.of(CallOutcome.INTERESTED, null), caller);
		var lead = awaitLead(card.company().id());
		var other = staffing.hire(Role.CLOSER);
		var otherId = new ua.relay.salesorg.EmployeeId(other.requireEmployee());

		assertThatThrownBy(() -> inbox.reassign(lead.id(), otherId, Staffing.as(lead.closerId(), Role.CLOSER)))
			.isInstanceOf(RuntimeException.class);
		assertThatThrownBy(() -> inbox.reassign(lead.id(), new ua.relay.salesorg.EmployeeId(caller.requireEmployee()), head))
			.hasMessageContaining("not an active closer");
		inbox.reassign(lead.id(), otherId, head);

		assertThat(conversion.lead(lead.id(), head).closerId()).isEqualTo(otherId);
		assertThat(conversion.lead(lead.id(), head).assignedReason()).isEqualTo("reason.reassigned-by-head");
		assertThat(responsibilities.responsible(card.company().id(), Tier.LC)).contains(otherId);
		assertThat(conversion.newLeads(other)).extracting(LeadView::id).contains(lead.id());
	}

	@Test
	void aLeadWaitingPastItsTimeShowsLateAndTheHeadEscalatesIt() {
		var head = staffing.hire(Role.HEAD);
		var caller = staffing.hire(Role.CALLER);
		staffing.hire(Role.CLOSER);
		prospects.queueFirst();
		var card = queue.next(caller).orElseThrow();
		queue.record(card.id(), CallReport.of(CallOutcome.INTERESTED, null), caller);
		var lead = awaitLead(card.company().id());
		var closer = Staffing.as(lead.closerId(), Role.CLOSER);
		assertThat(lead.firstTouchDue()).as("due within the closer's working hours").isNotNull();
		assertThat(lead.firstTouchLate()).isFalse();
		assertThatThrownBy(() -> inbox.escalate(lead.id(), closer)).isInstanceOf(RuntimeException.class);

		jdbc.sql("update conversion_lead set first_touch_due = first_touch_due - interval '30' day where id = ?")
			.param(lead.id().value()).update(); // as if its time ran out
		var late = conversion.lead(lead.id(), head);
		assertThat(late.firstTouchLate()).isTrue();
		inbox.escalate(lead.id(), head);

		var escalated = conversion.newLeads(closer).get(0);
		assertThat(escalated.id()).as("on top of the closer's inbox").isEqualTo(lead.id());
		assertThat(escalated.escalated()).isTrue();
		assertThat(escalated.urgent()).isTrue();
	}

	private LeadView awaitLead(CompanyId company) {
		var closer = await().atMost(Duration.ofSeconds(20))
			.until(() -> responsibilities.responsible(company, Tier.LC), Optional::isPresent)
			.get();
		Actor actor = Staffing.as(closer, Role.CLOSER);
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> conversion.newLeads(actor).stream().filter(l -> l.company().id().equals(company)).findFirst(),
					Optional::isPresent)
			.get();
	}

}
