package ua.relay.prospecting;

/** A caller's figures for today, on the desk. */
public record ShiftNumbers(long calls, long interested, long notInterested) {
}
