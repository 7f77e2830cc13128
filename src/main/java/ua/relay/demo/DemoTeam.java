package ua.relay.demo;

import java.util.List;
import java.util.stream.Stream;

import ua.relay.platform.Actor;
import ua.relay.salesorg.EmployeeId;

/** The demo company's sales department as the people who log in: the head and each tier's staff. */
record DemoTeam(Actor head, List<Actor> callers, List<Actor> closers, List<Actor> managers) {

	static final List<String> LOGINS = List.of("admin", "head", "caller1", "caller2", "caller3", "caller4", "closer1",
			"closer2", "closer3", "am1", "am2", "am3");

	/** The person behind an employee of the department. */
	Actor as(EmployeeId employee) {
		return Stream.of(List.of(head), callers, closers, managers)
			.flatMap(List::stream)
			.filter(actor -> employee.value().equals(actor.employeeId()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not in the demo team: " + employee));
	}

	static EmployeeId employeeOf(Actor actor) {
		return new EmployeeId(actor.requireEmployee());
	}

}
