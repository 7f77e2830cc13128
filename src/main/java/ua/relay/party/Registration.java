package ua.relay.party;

/** The outcome of registering a company: its id, and whether Relay knew it already. */
public record Registration(CompanyId companyId, boolean created, String matchedBy) {
}
