/**
 * Tier 1, lead generation: prospects, the call queue that hands each caller one prospect at a time,
 * call outcomes, and the hand-over of interested prospects to tier 2 ({@link ua.relay.prospecting.LeadHandedOver}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prospecting (tier 1)", allowedDependencies = { "shared", "platform", "party", "salesorg" })
package ua.relay.prospecting;
