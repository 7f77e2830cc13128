package ua.relay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Shifts;

/**
 * The company's settings are set in the application by the head or the administrator, nobody else; a
 * change is in force at once, kept with who made it and when, and refused when made on a version somebody
 * changed since; the office's hours and the company's days off are what shifts and the first-touch time
 * count on. Days off are put in years no other test reaches, and everything is put back after each test.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CompanySettingsIT {

	private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

	private static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	CompanySettings settings;

	@Autowired
	Shifts shifts;

	@Autowired
	AuditTrail audit;

	@Autowired
	HandOffDeliveries deliveries;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@AfterEach
	void putBack() {
		var admin = staffing.hire(Role.ADMIN);
		var history = settings.history();
		settings.change(admin, settings.version().number(), history.get(history.size() - 1).settings());
		for (int year : new int[] { 2030, 2031 }) {
			settings.holidays(year).forEach(h -> settings.removeHoliday(admin, h.day()));
		}
	}

	@Test
	void aChangeIsInForceAtOnceKeptWithWhoAndWhenAndRefusedWhenMadeOnAnOldVersion() throws Exception {
		var head = staffing.hire(Role.HEAD);
		var asHead = user(Staffing.principal(head));
		int version = settings.version().number();

		mvc.perform(post("/settings").with(asHead).with(csrf()).param("version", Integer.toString(version))
			.param("firstTouchHours", "1,5")
			.param("days", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY")
			.param("dayStarts", "08:30")
			.param("dayEnds", "17:00")
			.param("leadsPerCallerHour", "2,25")
			.param("closerLeadsPerHour", "1")
			.param("remindersAt", "06:45"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "settings.saved"));

		var now = settings.current();
		assertThat(now.firstTouch()).isEqualTo(Duration.ofMinutes(90));
		assertThat(now.workingDays()).contains(DayOfWeek.SATURDAY).doesNotContain(DayOfWeek.SUNDAY);
		assertThat(now.dayStarts()).isEqualTo(LocalTime.of(8, 30));
		assertThat(now.leadsPerCallerHour()).isEqualTo(2.25);
		assertThat(now.remindersAt()).isEqualTo(LocalTime.of(6, 45));
		assertThat(settings.history().get(0)).satisfies(v -> {
			assertThat(v.number()).isEqualTo(version + 1);
			assertThat(v.changedBy()).isEqualTo(head.username());
			assertThat(v.changedAt()).isNotNull();
			assertThat(v.changed()).contains("firstTouch", "workingDays", "hours", "leadsPerCallerHour", "remindersAt");
		});
		assertThat(audit.list(new AuditTrail.Filter(null, null, head.username(), "settings"), 0)).singleElement()
			.satisfies(e -> assertThat(e.details()).contains("firstTouch PT4H → PT1H30M"));
		mvc.perform(get("/settings").with(asHead))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("data-version=\"" + (version + 1) + "\"")));

		// another head, whose page still shows the version before
		var other = user(Staffing.principal(staffing.hire(Role.HEAD)));
		mvc.perform(post("/settings").with(other).with(csrf()).header("Referer", "/settings")
			.param("version", Integer.toString(version))
			.param("firstTouchHours", "8")
			.param("days", "MONDAY")
			.param("dayStarts", "09:00")
			.param("dayEnds", "18:00")
			.param("leadsPerCallerHour", "1,5")
			.param("closerLeadsPerHour", "0,75")
			.param("remindersAt", "07:00"))
			.andExpect(status().is3xxRedirection());
		assertThat(settings.current().firstTouch()).as("a change made on an old version is refused")
			.isEqualTo(Duration.ofMinutes(90));
		mvc.perform(put("/api/v1/admin/settings").with(other).contentType(MediaType.APPLICATION_JSON).content("""
				{"version": %d, "firstTouchHours": 8, "workingDays": ["MONDAY"], "dayStarts": "09:00", "dayEnds": "18:00",
				 "leadsPerCallerHour": 1.5, "closerLeadsPerHour": 0.75, "remindersAt": "07:00"}
				""".formatted(version)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("settings.changed-meanwhile"));
		mvc.perform(put("/api/v1/admin/settings").with(other).contentType(MediaType.APPLICATION_JSON).content("""
				{"version": %d, "firstTouchHours": 8, "workingDays": [], "dayStarts": "09:00", "dayEnds": "18:00",
				 "leadsPerCallerHour": 1.5, "closerLeadsPerHour": 0.75, "remindersAt": "07:00"}
				""".formatted(version + 1)))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.code").value("settings.working-days-empty"));
		mvc.perform(get("/api/v1/admin/settings").with(other))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(version + 1))
			.andExpect(jsonPath("$.firstTouchHours").value(1.5));
	}

	@Test
	void theOfficeHoursAndTheDaysOffAreWhatShiftsAndTheFirstTouchCountOn() {
		var head = staffing.hire(Role.HEAD);
		var closer = new EmployeeId(staffing.hire(Role.CLOSER).requireEmployee()); // no shifts of their own
		var before = settings.current();
		settings.change(head, settings.version().number(), new CompanySettings.Settings(Duration.ofHours(1),
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(10, 0), LocalTime.of(16, 0),
				before.leadsPerCallerHour(), before.closerLeadsPerHour(), before.remindersAt()));
		settings.addHoliday(head, new CompanySettings.Holiday(MONDAY.plusDays(1), "День компанії"));

		var plan = shifts.plan(closer);
		assertThat(plan.hoursOn(MONDAY)).isEqualTo(6);
		assertThat(plan.hoursOn(MONDAY.plusDays(1))).as("the company rests").isZero();
		assertThat(shifts.afterWorkingTime(closer, MONDAY.atTime(15, 30).atZone(KYIV).toInstant(),
				settings.current().firstTouch(), KYIV))
			.as("half an hour on Monday, the rest on Wednesday morning")
			.isEqualTo(MONDAY.plusDays(2).atTime(10, 30).atZone(KYIV).toInstant());

		settings.removeHoliday(head, MONDAY.plusDays(1));
		assertThat(shifts.plan(closer).hoursOn(MONDAY.plusDays(1))).as("worked after all").isEqualTo(6);
		assertThat(audit.list(new AuditTrail.Filter(null, null, head.username(), "settings"), 0))
			.extracting(AuditTrail.Entry::details)
			.contains("+ День компанії", "− День компанії");
	}

	@Test
	void ukrainesPublicHolidaysOfAYearAreAddedOnceAndTheCompanyTakesAwayWhatItWorks() throws Exception {
		var admin = user(Staffing.principal(staffing.hire(Role.ADMIN)));
		mvc.perform(post("/settings/holidays/public").with(admin).with(csrf()).param("year", "2030"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "settings.public-holidays-added"));
		assertThat(settings.holidays(2030)).extracting(CompanySettings.Holiday::day)
			.hasSize(11)
			.contains(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 4, 28), LocalDate.of(2030, 6, 16),
					LocalDate.of(2030, 8, 24), LocalDate.of(2030, 12, 25))
			.doesNotContain(LocalDate.of(2030, 1, 7));
		mvc.perform(get("/settings").with(admin).param("year", "2030"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("data-day=\"2030-06-16\"")));
		mvc.perform(post("/settings/holidays/remove").with(admin).with(csrf()).param("day", "08.03.2030"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/settings/holidays/public").with(admin).with(csrf()).param("year", "2030"))
			.andExpect(flash().attribute("message", "settings.public-holidays-added"));
		assertThat(settings.holidays(2030)).as("added again, what was taken away").hasSize(11);
		mvc.perform(post("/settings/holidays/public").with(admin).with(csrf()).param("year", "2030"))
			.andExpect(flash().attribute("message", "settings.public-holidays-none"));
		mvc.perform(post("/settings/holidays").with(admin).with(csrf()).param("day", "31.12.2030").param("name", " "))
			.andExpect(status().is(422));
		assertThat(settings.holidays(2030)).as("a day without a name is refused").hasSize(11);
		mvc.perform(get("/api/v1/admin/settings/holidays").with(admin).param("year", "2030"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(11))
			.andExpect(jsonPath("$[0].name").value("Новий рік"));
	}

	@Test
	void onlyTheHeadAndTheAdministratorSeeOrChangeTheSettings() throws Exception {
		for (Role role : Role.SALES) {
			var salesperson = user(Staffing.principal(staffing.hire(role)));
			mvc.perform(get("/settings").with(salesperson)).andExpect(status().isForbidden());
			mvc.perform(post("/settings").with(salesperson).with(csrf()).param("firstTouchHours", "1"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/settings/holidays/public").with(salesperson).with(csrf()).param("year", "2031"))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/admin/settings").with(salesperson)).andExpect(status().isForbidden());
			mvc.perform(put("/api/v1/admin/settings").with(salesperson).contentType(MediaType.APPLICATION_JSON).content("{}"))
				.andExpect(status().isForbidden());
		}
		assertThat(settings.holidays(2031)).isEmpty();
		mvc.perform(get("/settings").with(user(Staffing.principal(staffing.hire(Role.ADMIN))))).andExpect(status().isOk());
		mvc.perform(get("/settings").with(user(Staffing.principal(staffing.hire(Role.HEAD))))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/admin/settings")).andExpect(status().isUnauthorized());
	}

	/**
	 * A hand-off nobody could deliver for longer than five minutes: the administrator's settings page says so,
	 * with how many and since when, until it is delivered.
	 */
	@Test
	void aHandOffUndeliveredForFiveMinutesIsWarnedOfOnTheSettingsPage() throws Exception {
		var admin = user(Staffing.principal(staffing.hire(Role.ADMIN)));
		var id = java.util.UUID.randomUUID();
		var published = java.time.Instant.now().minus(java.time.Duration.ofMinutes(7));
		try {
			jdbc.sql("""
					insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts)
					values (?, 'ua.relay.NoSuchListener.on(java.lang.Object)', 'java.lang.Object', '{}', ?, 'FAILED', 3)
					""").params(id, SqlTime.of(published)).update();
			assertThat(deliveries.stuck().count()).isPositive();
			mvc.perform(get("/settings").with(admin))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"stuck-deliveries\"")));
		}
		finally {
			jdbc.sql("delete from event_publication where id = ?").param(id).update();
		}
		if (deliveries.stuck().count() == 0) {
			mvc.perform(get("/settings").with(admin))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("stuck-deliveries"))));
		}
	}

}
