package ua.relay.conversion.domain;

/** What a pipeline stage means: still being worked, or the end of the deal one way or the other. */
public enum StageKind {

	OPEN, WON, LOST

}
