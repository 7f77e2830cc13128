package ua.relay.salesorg;

import java.util.Map;

/**
 * What each specialist of a stage carries now (their open leads and deals), which only the stage's own
 * module knows: it registers one of these, and a distribution asked from anywhere weighs it.
 */
public interface OpenWork {

	Tier stage();

	Map<EmployeeId, Integer> byEmployee();

}
