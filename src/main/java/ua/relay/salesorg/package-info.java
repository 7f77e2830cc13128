/**
 * The sales organisation: employees and their tiers, teams, the organisation mode (classic or three
 * tiers) and the responsibility matrix: who answers for which company at which stage, and why.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sales organisation", allowedDependencies = { "shared", "platform", "party" })
package ua.relay.salesorg;
