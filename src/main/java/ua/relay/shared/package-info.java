/**
 * Value types every module speaks in: money in UAH, phone numbers in E.164, EDRPOU codes, e-mail
 * addresses. No beans, no dependencies on other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared value types", type = org.springframework.modulith.ApplicationModule.Type.OPEN, allowedDependencies = {})
package ua.relay.shared;
