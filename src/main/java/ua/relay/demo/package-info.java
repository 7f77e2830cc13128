/**
 * Demo data for a cargo and logistics company: staff and logins, and months of history in every tier (calls
 * on the callers' shifts, hand-overs, leads accepted and rejected, deals won and lost, clients buying in their
 * rhythms, invoices and payments) made through the modules' own services with the application's clock set to
 * each past moment. Runs on the first start of an empty database when {@code relay.demo.enabled} is true.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = { "shared", "platform", "party", "salesorg", "prospecting", "conversion", "accounts", "analytics" })
package ua.relay.demo;
