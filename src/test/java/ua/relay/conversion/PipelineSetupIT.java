package ua.relay.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.IntegrationTest;
import ua.relay.Prospects;
import ua.relay.Staffing;
import ua.relay.conversion.domain.Stage;
import ua.relay.conversion.domain.StageKind;
import ua.relay.platform.DomainException;
import ua.relay.platform.Role;
import ua.relay.prospecting.LeadHandedOver;
import ua.relay.prospecting.ProspectId;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Tier;

/** The head sets up the pipeline's stages; deals never lose theirs; closers cannot touch the set-up. */
@IntegrationTest
@AutoConfigureMockMvc
class PipelineSetupIT {

	@Autowired
	PipelineSetup setup;

	@Autowired
	Staffing staffing;

	@Autowired
	MockMvc mvc;

	@Autowired
	Prospects prospects;

	@Autowired
	LeadInbox inbox;

	@Autowired
	Responsibilities responsibilities;

	@Autowired
	Clock clock;

	private List<Stage> original;

	@AfterEach
	void putTheDefaultPipelineBack() {
		if (original != null) {
			setup.replace(original);
		}
	}

	@Test
	void theHeadRenamesAddsAndRemovesOpenStagesButNotOnesInUseNorTheEnds() {
		original = setup.stages().all();
		var renamedAndOneMore = new ArrayList<Stage>();
		for (Stage s : original) {
			renamedAndOneMore.add(s.code().equals("WARM_UP") ? new Stage("WARM_UP", "Знайомство", "Introduction", 10, StageKind.OPEN, 15) : s);
		}
		renamedAndOneMore.add(new Stage("TRIAL", "Пробне перевезення", "Trial shipment", 35, StageKind.OPEN, 60));

		setup.replace(renamedAndOneMore);

		var now = setup.stages();
		assertThat(now.first().nameUk()).isEqualTo("Знайомство");
		assertThat(now.open()).extracting(Stage::code).containsExactly("WARM_UP", "NEEDS_ANALYSIS", "PROPOSAL", "TRIAL", "NEGOTIATION");
		setup.replace(now.all().stream().filter(s -> !s.code().equals("TRIAL")).toList());
		assertThat(setup.stages().find("TRIAL")).as("an unused stage goes").isEmpty();

		openDeal(); // a deal now sits in the first stage
		assertThatThrownBy(() -> setup.replace(setup.stages().all().stream().filter(s -> !s.code().equals("WARM_UP")).toList()))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("pipeline.stage-in-use"));
		assertThatThrownBy(() -> setup.replace(setup.stages().all().stream().filter(s -> s.kind() != StageKind.WON).toList()))
			.hasMessageContaining("one WON");
	}

	private void openDeal() {
		var caller = new EmployeeId(staffing.hire(Role.CALLER).requireEmployee());
		staffing.hire(Role.CLOSER);
		var company = prospects.registerOne();
		var lead = inbox.receive(new LeadHandedOver(UUID.randomUUID(), ProspectId.random(), company, caller, null, false,
				List.of(), null, clock.instant()));
		inbox.accept(lead, Staffing.as(responsibilities.responsible(company, Tier.LC).orElseThrow(), Role.CLOSER));
	}

	@Test
	void onlyTheHeadOpensThePipelineSetUp() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		var head = staffing.hire(Role.HEAD);
		mvc.perform(get("/conversion/manage/stages").with(user(Staffing.principal(closer)))).andExpect(status().isForbidden());
		mvc.perform(get("/conversion/manage/stages").with(user(Staffing.principal(head)))).andExpect(status().isOk());
	}

}
