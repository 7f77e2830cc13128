/** The commission plan's rules, without Spring: which rate applies on which day. */
package ua.relay.analytics.domain;
