/**
 * Technical wiring every module stands on: users and roles, security and the per-endpoint access
 * rules, the clock, i18n, the page layout, errors as problem details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN, allowedDependencies = "shared")
package ua.relay.platform;
