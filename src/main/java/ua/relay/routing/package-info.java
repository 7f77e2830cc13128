/**
 * Inbound calls and web forms: caller-ID lookup and the routing decision (an existing client to its
 * account manager, a new caller to tier 2), the log of inbound calls, the switchboard's webhook.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Routing", allowedDependencies = { "shared", "platform", "party", "salesorg" })
package ua.relay.routing;
