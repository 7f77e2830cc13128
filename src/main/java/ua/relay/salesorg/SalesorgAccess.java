package ua.relay.salesorg;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ua.relay.platform.AccessRule;
import ua.relay.platform.AccessRules;
import ua.relay.platform.MenuEntries;
import ua.relay.platform.MenuEntries.Entry;
import ua.relay.platform.MenuEntries.Group;
import ua.relay.platform.Role;

/** The organisation and its matrix are the head of sales' (and the administrator's). */
@Configuration(proxyBeanMethods = false)
class SalesorgAccess {

	@Bean
	AccessRules salesorgAccessRules() {
		return AccessRules.of("salesorg",
				AccessRule.on("/salesorg/**").roles(Role.HEAD, Role.ADMIN),
				AccessRule.on("/api/v1/salesorg/**").roles(Role.HEAD, Role.ADMIN),
				AccessRule.on("/api/v1/admin/employees/**").roles(Role.HEAD, Role.ADMIN),
				AccessRule.on("/api/v1/admin/employees").roles(Role.HEAD, Role.ADMIN),
				AccessRule.on("/api/v1/admin/teams").roles(Role.HEAD, Role.ADMIN),
				AccessRule.on("/api/v1/admin/teams/**").roles(Role.HEAD, Role.ADMIN));
	}

	@Bean
	MenuEntries salesorgMenu() {
		return MenuEntries.of("salesorg", Entry.of(Group.DEPARTMENT, 10, "/salesorg/matrix", "nav.matrix"),
				Entry.of(Group.DEPARTMENT, 30, "/salesorg/staff", "nav.staff"),
				Entry.of(Group.DEPARTMENT, 31, "/salesorg/teams", "nav.teams"),
				Entry.of(Group.DEPARTMENT, 40, "/salesorg/shifts", "nav.shifts"));
	}

}
