package ua.relay.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tier 3's settings ({@code relay.accounts.*}): the buying interval assumed for a client whose own history
 * is too short and whose industry shows none yet.
 */
@ConfigurationProperties("relay.accounts")
public record AccountsProperties(@DefaultValue("30") int defaultIntervalDays) {
}
