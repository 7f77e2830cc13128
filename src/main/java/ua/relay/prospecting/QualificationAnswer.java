package ua.relay.prospecting;

/** One question of the call script and the prospect's answer: what tier 1 learned, passed on with the lead. */
public record QualificationAnswer(String question, String answer) {
}
