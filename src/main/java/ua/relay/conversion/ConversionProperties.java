package ua.relay.conversion;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tier 2's settings ({@code relay.conversion.*}): {@code firstTouch} is the working time within which a
 * closer first touches a new lead (accepts or rejects it), counted on the closer's shifts.
 */
@ConfigurationProperties("relay.conversion")
public record ConversionProperties(@DefaultValue("4h") Duration firstTouch) {
}
