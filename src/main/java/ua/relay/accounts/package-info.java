/**
 * Tier 3, account management: the client portfolio of each account manager, fed by first sales
 * ({@link ua.relay.conversion.FirstSaleClosed}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts (tier 3)", allowedDependencies = { "shared", "platform", "party", "salesorg", "conversion", "routing" })
package ua.relay.accounts;
