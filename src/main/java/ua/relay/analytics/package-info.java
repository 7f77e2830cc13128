/**
 * Read models built from the tiers' events: KPIs per tier, the funnel, commissions, dashboards.
 * Empty in the foundation; see issue 7.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics", allowedDependencies = { "shared", "platform" })
package ua.relay.analytics;
