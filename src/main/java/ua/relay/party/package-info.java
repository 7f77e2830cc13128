/**
 * Companies and their people: one identity per company from the first cold call to the tenth
 * invoice, keyed by EDRPOU where known, phones in E.164.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Party", allowedDependencies = { "shared", "platform" })
package ua.relay.party;
