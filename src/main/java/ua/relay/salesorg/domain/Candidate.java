package ua.relay.salesorg.domain;

import ua.relay.salesorg.EmployeeId;

/** A specialist who could take a company at a stage, with how many they already hold there. */
public record Candidate(EmployeeId id, String fullName, int load) {
}
