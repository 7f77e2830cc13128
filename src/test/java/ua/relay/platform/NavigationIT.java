package ua.relay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;

/**
 * The menu is made from the access rules: each role sees the pages it may open and no other, at most seven
 * entries at the top, the page being read marked, and in the language of the page with its query kept.
 */
@IntegrationTest
@AutoConfigureMockMvc
class NavigationIT {

	private static final Pattern MENU = Pattern.compile("<nav[^>]*id=\"menu\".*?</nav>", Pattern.DOTALL);

	private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Test
	void everyEntryInEachRolesMenuOpensForThatRole() throws Exception {
		for (Role role : Role.values()) {
			var actor = user(Staffing.principal(staffing.hire(role)));
			String page = mvc.perform(get(Workspaces.of(Staffing.principal(staffing.hire(role)).actor())).with(actor))
				.andReturn().getResponse().getContentAsString();
			var links = menuLinks(page);
			assertThat(links).as(role + "'s menu").isNotEmpty();
			for (String link : links) {
				assertThat(mvc.perform(get(link).with(actor)).andReturn().getResponse().getStatus()).as(role + " opens " + link)
					.isIn(200, 302);
			}
		}
	}

	@Test
	void aCallerSeesTheirOwnFewPagesSideBySideAndNoneOfTheHeads() throws Exception {
		String page = mvc.perform(get("/prospecting/desk").with(user(Staffing.principal(staffing.hire(Role.CALLER)))))
			.andReturn().getResponse().getContentAsString();
		assertThat(menuLinks(page)).containsExactly("/prospecting/desk", "/analytics/dashboard/tier/lg",
				"/analytics/commissions/mine");
		assertThat(menu(page)).contains("class=\"flat\"").contains("href=\"/prospecting/desk\" aria-current=\"page\"");
	}

	@Test
	void theHeadsManyPagesStandInAtMostSevenGroupsWithTheCurrentOneMarked() throws Exception {
		String page = mvc.perform(get("/conversion/board").with(user(Staffing.principal(staffing.hire(Role.HEAD)))))
			.andReturn().getResponse().getContentAsString();
		String menu = menu(page);
		assertThat(menu).contains("class=\"grouped\"");
		assertThat(Pattern.compile("<summary>").matcher(menu).results().count()).isBetween(3L, 7L);
		assertThat(menuLinks(page)).hasSizeGreaterThan(15).doesNotContain("/analytics/commissions/mine");
		assertThat(menu).contains("href=\"/conversion/board\" aria-current=\"page\"").contains("<li class=\"current\">");
	}

	@Test
	void theLanguageSwitchKeepsThePageAndItsQuery() throws Exception {
		String page = mvc.perform(get("/analytics/dashboard?from=2026-11-01&to=2026-11-30")
			.with(user(Staffing.principal(staffing.hire(Role.HEAD))))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/analytics/dashboard?from=2026-11-01&amp;to=2026-11-30&amp;lang=en");
	}

	private static String menu(String page) {
		var matcher = MENU.matcher(page);
		assertThat(matcher.find()).as("the page has the menu").isTrue();
		return matcher.group();
	}

	private static List<String> menuLinks(String page) {
		var links = new ArrayList<String>();
		var matcher = LINK.matcher(menu(page));
		while (matcher.find()) {
			links.add(matcher.group(1));
		}
		return links;
	}

}
