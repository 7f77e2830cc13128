/**
 * Tier 2, lead conversion: the inbox of leads handed over by tier 1, acceptance, deals and the first
 * sale, which passes the new client to tier 3 ({@link ua.relay.conversion.FirstSaleClosed}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversion (tier 2)", allowedDependencies = { "shared", "platform", "party", "salesorg", "prospecting", "routing" })
package ua.relay.conversion;
