package ua.relay.prospecting;

import java.util.List;

/** Where a caller is in the script on this call: the step, the answers so far, the FAQ cards. */
public record ScriptView(int version, CallScript.Step step, List<QualificationAnswer> answers, List<CallScript.Card> cards) {
}
