package ua.relay.salesorg;

import java.time.Instant;

public record OrganisationModeSwitched(OrganisationMode from, OrganisationMode to, Instant switchedAt) {
}
