package ua.relay.salesorg;

/** What assignment rules may look at in a company: its industry, size band and region (any may be unknown). */
public record CompanyFacts(String industry, String sizeBand, String region) {

	public static final CompanyFacts UNKNOWN = new CompanyFacts(null, null, null);

}
