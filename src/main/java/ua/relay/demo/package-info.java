/**
 * Demo data for a cargo and logistics company: staff, logins, ~2,000 prospects and some history in
 * every tier, all made through the modules' own APIs. Runs on the first start of an empty database
 * when {@code relay.demo.enabled} is true.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = { "shared", "platform", "party", "salesorg", "prospecting", "conversion", "accounts" })
package ua.relay.demo;
