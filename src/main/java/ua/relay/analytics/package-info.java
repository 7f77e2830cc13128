/**
 * The head of sales' view: commissions that follow each tier's contribution (plans with their history,
 * monthly statements), and the numbers of the tiers. Reads the tiers' tables read-only (ADR 6).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics", allowedDependencies = { "shared", "platform", "party", "salesorg", "prospecting", "simulation" })
package ua.relay.analytics;
