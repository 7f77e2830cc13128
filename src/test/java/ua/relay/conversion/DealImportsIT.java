package ua.relay.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.Clientele;
import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.platform.DomainException;
import ua.relay.platform.Role;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Staff;
import ua.relay.shared.Edrpou;

/**
 * The deals in progress come in from another CRM's export on a page: each sound row a deal at its stage
 * with its closer (named, or by the distribution), every other row refused with its reason; they are
 * not counted as leads a closer received; an import is taken back except the deals worked since.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DealImportsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Staff staff;

	@Autowired
	DealImports imports;

	@Autowired
	Pipeline pipeline;

	@Autowired
	CloserFigures figures;

	@Autowired
	Clientele clientele;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anExportComesInDealByDealAtItsStageWithItsCloserAndEveryRefusedRowSaysWhy() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		String closerName = staff.get(new EmployeeId(closer.requireEmployee())).fullName();
		staffing.hire(Role.CLOSER);
		var head = user(Staffing.principal(staffing.hire(Role.HEAD)));
		var client = clientele.of(staffing.hire(Role.ACCOUNT_MANAGER), "Вже Клієнт");
		String named = code();
		String distributed = code();
		String csv = String.join("\n", "Deal name,Company,EDRPOU,Stage,Amount,Deal owner,Close date,Phone",
				"Рефрижератор Київ — Львів,ТОВ «Холод Захід " + named + "»," + named + ",Пропозиція,\"45 000,50\"," + closerName
						+ ",20.12.2026,",
				"Склад у Броварах,\"ПП \"\"Бровари Лоджистик " + distributed + "\"\"\"," + distributed + ",negotiation,,,,",
				"Двічі,ТОВ «Холод Захід " + named + "»," + named + ",Прогрів,1000,,,",
				"Невідомий етап,ТОВ Десь,,Чекаємо,1000,,,",
				"Виграна,ТОВ Десь Інде,,Виграно,1000,,,",
				"Чужий менеджер,ТОВ Хтось,,,1000,Невідомий Менеджер,,",
				"Поганий код,ТОВ Без Коду,1234,,1000,,,",
				"Вже клієнт,ТОВ Той Самий,,,1000,,," + client.phone().e164()) + "\n";
		var file = new MockMultipartFile("file", "hubspot-deals.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		String location = mvc.perform(multipart("/conversion/manage/deal-imports").file(file).with(head).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/conversion/manage/deal-imports/");
		var id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		var preview = imports.preview(id);
		assertThat(preview.mapping()).containsEntry(DealField.NOTE, 0).containsEntry(DealField.COMPANY, 1)
			.containsEntry(DealField.EDRPOU, 2).containsEntry(DealField.STAGE, 3).containsEntry(DealField.AMOUNT, 4)
			.containsEntry(DealField.CLOSER, 5).containsEntry(DealField.EXPECTED_CLOSE, 6).containsEntry(DealField.PHONE, 7);
		mvc.perform(get(location).with(head)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"deal-import-run-form\"")));

		mvc.perform(post(location + "/run").with(head).with(csrf()).param("NOTE", "0").param("COMPANY", "1")
			.param("EDRPOU", "2").param("STAGE", "3").param("AMOUNT", "4").param("CLOSER", "5").param("EXPECTED_CLOSE", "6")
			.param("PHONE", "7"))
			.andExpect(status().is3xxRedirection());

		var report = imports.report(id);
		assertThat(report.status()).isEqualTo("DONE");
		assertThat(report.rowsRead()).isEqualTo(8);
		assertThat(report.deals()).isEqualTo(2);
		assertThat(report.problems()).extracting(DealImports.Problem::code)
			.containsExactly("company-twice", "stage-unknown", "stage-closed", "closer-unknown", "edrpou-invalid",
					"already-client");
		mvc.perform(get(location).with(head)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Чекаємо")));

		var deal = dealOf(named);
		assertThat(deal).isNotNull();
		assertThat(jdbc.sql("select closer_id, stage, amount, expected_close, probability from conversion_deal where id = ?")
			.param(deal)
			.query((rs, n) -> rs.getObject(1, UUID.class) + " " + rs.getString(2) + " "
					+ rs.getBigDecimal(3).stripTrailingZeros().toPlainString() + " " + rs.getObject(4) + " " + rs.getInt(5))
			.single()).isEqualTo(closer.requireEmployee() + " PROPOSAL 45000.5 2026-12-20 50");
		assertThat(jdbc.sql("""
				select h.reason from salesorg_responsibility_history h join conversion_deal d on d.company_id = h.company_id
				where d.id = ? and h.stage = 'LC' order by h.assigned_at desc
				""").param(deal).query(String.class).list().get(0)).isEqualTo("reason.imported");
		var other = dealOf(distributed);
		assertThat(jdbc.sql("select stage from conversion_deal where id = ?").param(other).query(String.class).single())
			.isEqualTo("NEGOTIATION");
		assertThat(jdbc.sql("select l.source from conversion_lead l join conversion_deal d on d.lead_id = l.id where d.id = ?")
			.param(deal).query(String.class).single()).isEqualTo("IMPORT");
		var today = Instant.now().truncatedTo(ChronoUnit.DAYS);
		assertThat(figures.between(today.minus(1, ChronoUnit.DAYS), today.plus(2, ChronoUnit.DAYS), closer))
			.as("an imported deal is no lead the closer received")
			.allSatisfy(n -> assertThat(n.received()).isZero());

		assertThatThrownBy(() -> imports.run(id, DealField.guess(preview.headings()), staffing.hire(Role.HEAD)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("deal-import.done"));

		// the closer works one of them; the import is taken back, that one stays
		pipeline.move(new DealId(deal), 0, "NEGOTIATION", closer);
		mvc.perform(post(location + "/undo").with(head).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(imports.report(id).status()).isEqualTo("UNDONE");
		assertThat(imports.report(id).kept()).isEqualTo(1);
		assertThat(dealOf(named)).isEqualTo(deal);
		assertThat(dealOf(distributed)).isNull();
	}

	@Test
	void onlyTheHeadBringsDealsIn() throws Exception {
		for (Role role : Role.SALES) {
			var someone = user(Staffing.principal(staffing.hire(role)));
			mvc.perform(get("/conversion/manage/deal-imports").with(someone)).andExpect(status().isForbidden());
			mvc.perform(multipart("/conversion/manage/deal-imports")
				.file(new MockMultipartFile("file", "x.csv", "text/csv", "a;b\n1;2\n".getBytes())).with(someone).with(csrf()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/conversion/manage/deal-imports").with(user(Staffing.principal(staffing.hire(Role.ADMIN)))))
			.andExpect(status().isOk());
	}

	private UUID dealOf(String edrpou) {
		return jdbc.sql("""
				select d.id from conversion_deal d join party_company c on c.id = d.company_id where c.edrpou = ?
				""").param(edrpou).query(UUID.class).optional().orElse(null);
	}

	private static String code() {
		String first = String.valueOf(1_000_000 + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 8_999_999L));
		return Edrpou.withCheckDigit(first).value();
	}

}
