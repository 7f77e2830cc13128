/**
 * A discrete-event model of a sales department, classic against three tiers. Pure computation on
 * {@code shared} types only. Empty in the foundation; see issue 8.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Simulation", allowedDependencies = "shared")
package ua.relay.simulation;
