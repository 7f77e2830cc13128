package ua.relay.accounts;

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

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.platform.DomainException;
import ua.relay.platform.Role;
import ua.relay.platform.tabular.ExcelLikeWorkbook;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;
import ua.relay.shared.Edrpou;

/**
 * Existing clients from the files people have: a 1C export in Windows-1251 with a title above the table
 * and one row per order, an Excel workbook with real dates. A client comes in whole or not at all, every
 * refused row says why, and the import is taken back except the clients worked since.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ClientImportsIT {

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Staff staff;

	@Autowired
	ClientImports imports;

	@Autowired
	Billing billing;

	@Autowired
	Responsibilities responsibilities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aOneCExportComesInOnThePageClientByClientAndEveryRefusedRowSaysWhy() throws Exception {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		String managerName = staff.get(new EmployeeId(manager.requireEmployee())).fullName();
		var head = user(Staffing.principal(staffing.hire(Role.HEAD)));
		String good = code();
		String second = code();
		String broken = code();
		String csv = String.join("\r\n",
				"Реалізація послуг за 2025 рік;;;;;",
				"",
				"Контрагент;Код ЄДРПОУ;Дата;Номенклатура;Сума;Менеджер",
				"ТОВ «Зерновий Шлях " + good + "»;" + good + ";05.03.2025 0:00:00;Перевезення рефрижератором;12 500,00;" + managerName,
				"ТОВ «Зерновий Шлях " + good + "»;" + good + ";17.06.2025 0:00:00;GROUPAGE;8 000,50;" + managerName,
				"ПП \"Агросвіт " + second + "\";" + second + ";1.2.2025;Послуги складування;4000;",
				"ФОП Лисенко " + broken + ";" + broken + ";12.04.2025;Палетні перевезення;3 000;",
				"ФОП Лисенко " + broken + ";" + broken + ";31.13.2025;Палетні перевезення;3 000;",
				"ТОВ Без Коду;1234;10.10.2025;;1000;",
				"ТОВ Хтось;;10.10.2025;;;Невідомий Менеджер") + "\r\n";
		var file = new MockMultipartFile("file", "реалізація 2025.csv", "text/csv", csv.getBytes(WINDOWS_1251));
		String location = mvc.perform(multipart("/accounts/manage/client-imports").file(file).with(head).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/accounts/manage/client-imports/");
		var id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

		var preview = imports.preview(id);
		assertThat(preview.format()).contains("Windows-1251");
		assertThat(preview.headings()).containsExactly("Контрагент", "Код ЄДРПОУ", "Дата", "Номенклатура", "Сума", "Менеджер");
		assertThat(preview.mapping()).containsEntry(ClientField.COMPANY, 0).containsEntry(ClientField.EDRPOU, 1)
			.containsEntry(ClientField.ORDERED_ON, 2).containsEntry(ClientField.SERVICE, 3).containsEntry(ClientField.AMOUNT, 4)
			.containsEntry(ClientField.MANAGER, 5);
		mvc.perform(get(location).with(head)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"client-import-run-form\"")));

		mvc.perform(post(location + "/run").with(head).with(csrf()).param("COMPANY", "0").param("EDRPOU", "1")
			.param("ORDERED_ON", "2").param("SERVICE", "3").param("AMOUNT", "4").param("MANAGER", "5"))
			.andExpect(status().is3xxRedirection());

		var report = imports.report(id);
		assertThat(report.status()).isEqualTo("DONE");
		assertThat(report.rowsRead()).isEqualTo(7);
		assertThat(report.clients()).isEqualTo(2);
		assertThat(report.orders()).isEqualTo(3);
		assertThat(report.problems()).extracting(ClientImports.Problem::code)
			.containsExactly("client-refused", "date-invalid", "edrpou-invalid", "amount-missing", "manager-unknown");
		assertThat(report.problems().get(0).detail()).as("the sound row of a refused client names the row that was not")
			.isEqualTo(String.valueOf(report.problems().get(1).row()));
		mvc.perform(get(location).with(head)).andExpect(status().isOk())
			.andExpect(content().string(containsString("31.13.2025")));

		var client = clientOf(good);
		assertThat(jdbc.sql("select account_manager_id from accounts_client where id = ?").param(client).query(UUID.class)
			.single()).isEqualTo(manager.requireEmployee());
		assertThat(jdbc.sql("select service, amount from accounts_order where client_id = ? order by ordered_at")
			.param(client)
			.query((rs, n) -> rs.getString(1) + " " + rs.getBigDecimal(2).stripTrailingZeros().toPlainString())
			.list()).containsExactly("REFRIGERATED 12500", "GROUPAGE 8000.5");
		assertThat(clientOf(broken)).as("a client with a refused row is not brought in with part of its history").isNull();
		assertThat(clientOf(second)).isNotNull();

		assertThatThrownBy(() -> imports.run(id, ClientField.guess(preview.headings()), staffing.hire(Role.HEAD)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("client-import.done"));
	}

	@Test
	void anExcelWorkbookComesInAndIsTakenBackExceptTheClientWorkedSince() {
		staffing.hire(Role.ACCOUNT_MANAGER);
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var head = staffing.hire(Role.HEAD);
		String worked = code();
		String untouched = code();
		var workbook = new ExcelLikeWorkbook();
		workbook.sheet("Клієнти")
			.text(1, 0, "Company").text(1, 1, "EDRPOU").text(1, 2, "Order date").text(1, 3, "Amount").text(1, 4, "Phone")
			.text(2, 0, "Карпати Логістик " + worked).cell(2, 1, new ExcelLikeWorkbook.Number(worked))
			.cell(2, 2, new ExcelLikeWorkbook.Date(45_700)).cell(2, 3, new ExcelLikeWorkbook.Number("15000"))
			.text(2, 4, "067 " + (1_000_000 + Math.floorMod(worked.hashCode(), 8_999_999)))
			.text(3, 0, "Дніпро Трейд " + untouched).cell(3, 1, new ExcelLikeWorkbook.Number(untouched))
			.cell(3, 2, new ExcelLikeWorkbook.Date(45_650)).cell(3, 3, new ExcelLikeWorkbook.Number("2500.5"));
		var preview = imports.upload("clients.xlsx", workbook.bytes(), head);
		var report = imports.run(preview.id(), preview.mapping(), head);
		assertThat(report.clients()).isEqualTo(2);
		assertThat(report.problems()).isEmpty();
		assertThat(jdbc.sql("select ordered_at from accounts_order where client_id = ?").param(clientOf(worked))
			.query((rs, n) -> rs.getTimestamp(1).toLocalDateTime().toLocalDate()).single())
			.isEqualTo(LocalDate.of(1899, 12, 30).plusDays(45_700));

		var company = jdbc.sql("select company_id from accounts_client where id = ?").param(clientOf(untouched))
			.query(UUID.class).single();
		billing.order(clientOf(worked), "Нове замовлення після переходу", new BigDecimal("900"), head);
		var undone = imports.undo(preview.id(), head);

		assertThat(undone.status()).isEqualTo("UNDONE");
		assertThat(undone.kept()).isEqualTo(1);
		assertThat(clientOf(worked)).as("a client worked since stays").isNotNull();
		assertThat(clientOf(untouched)).isNull();
		assertThat(responsibilities.responsible(new ua.relay.party.CompanyId(company), Tier.AM)).isEmpty();
		assertThat(manager).isNotNull();
	}

	@Test
	void onlyTheHeadAndTheAdministratorBringClientsIn() throws Exception {
		for (Role role : Role.SALES) {
			var someone = user(Staffing.principal(staffing.hire(role)));
			mvc.perform(get("/accounts/manage/client-imports").with(someone)).andExpect(status().isForbidden());
			mvc.perform(multipart("/accounts/manage/client-imports")
				.file(new MockMultipartFile("file", "x.csv", "text/csv", "a;b\n1;2\n".getBytes())).with(someone).with(csrf()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/accounts/manage/client-imports").with(user(Staffing.principal(staffing.hire(Role.ADMIN)))))
			.andExpect(status().isOk());
	}

	private UUID clientOf(String edrpou) {
		return jdbc.sql("""
				select c.id from accounts_client c join party_company p on p.id = c.company_id where p.edrpou = ?
				""")
			.param(edrpou)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	/** A valid EDRPOU no other test uses. */
	private static String code() {
		String first = String.valueOf(1_000_000 + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 8_999_999L));
		return Edrpou.withCheckDigit(first).value();
	}

}
