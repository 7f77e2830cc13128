package ua.relay.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.platform.Role;

/** The head sees the department, each tier its own dashboard; tables download as CSV and XLSX, cells inert. */
@IntegrationTest
@AutoConfigureMockMvc
class DashboardsWebIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Test
	void eachSeesTheirOwnDashboard() throws Exception {
		var head = staffing.hire(Role.HEAD);
		var caller = staffing.hire(Role.CALLER);
		var closer = staffing.hire(Role.CLOSER);

		mvc.perform(get("/analytics/dashboard").param("by", "week").with(user(Staffing.principal(head))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("funnel-chart"),
					Matchers.containsString("trend-chart"), Matchers.containsString("supply-table"),
					Matchers.containsString("closers-table"), Matchers.containsString("По тижнях"))));
		mvc.perform(get("/analytics/dashboard/tier/lg").with(user(Staffing.principal(caller))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("callers-table")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("closers-table"))));
		mvc.perform(get("/analytics/dashboard/tier/lc").with(user(Staffing.principal(caller))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/analytics/dashboard").with(user(Staffing.principal(closer))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/analytics/dashboard/tier/lc/export/callers.csv").with(user(Staffing.principal(closer))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theMatrixOverAPeriodIsTheHeadsWithItsExports() throws Exception {
		var head = staffing.hire(Role.HEAD);

		mvc.perform(get("/analytics/matrix").with(user(Staffing.principal(head))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("models-table"),
					Matchers.containsString("spread-chart"), Matchers.containsString("handled-table"))));
		mvc.perform(get("/analytics/matrix/export/spread.xlsx").with(user(Staffing.principal(head))))
			.andExpect(status().isOk());
		String csv = new String(mvc.perform(get("/analytics/matrix/export/companies.csv").with(user(Staffing.principal(head))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFКомпанія;Рівень 1 · лідогенерація");
		mvc.perform(get("/analytics/matrix").with(user(Staffing.principal(staffing.hire(Role.CLOSER)))))
			.andExpect(status().isForbidden());
	}

	@Test
	void tablesDownloadAsCsvAndXlsx() throws Exception {
		var head = staffing.hire(Role.HEAD);
		staffing.hire(Role.CALLER);

		String csv = new String(mvc.perform(get("/analytics/dashboard/export/funnel.csv").with(user(Staffing.principal(head))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFКрок;Кількість;Від попереднього").contains("Дзвінки;");

		byte[] xlsx = mvc.perform(get("/analytics/dashboard/export/callers.xlsx").with(user(Staffing.principal(head))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		var rows = new ArrayList<Row>();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			workbook.getFirstSheet().openStream().forEach(rows::add);
		}
		assertThat(rows.get(0).getCellAsString(0)).hasValue("Працівник");
		assertThat(rows).hasSizeGreaterThan(1);
		assertThat(rows.get(1).getCell(1).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
		assertThat(List.of(rows.get(1).getCell(0).getType())).containsOnly(org.dhatim.fastexcel.reader.CellType.STRING);
	}

}
