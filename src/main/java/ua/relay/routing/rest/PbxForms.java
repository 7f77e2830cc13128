package ua.relay.routing.rest;

import ua.relay.platform.DomainException;

/** What the PBXes' form-encoded notifications share: durations in whole seconds. */
final class PbxForms {

	private PbxForms() {
	}

	static int seconds(String text) {
		try {
			return Math.max(0, Integer.parseInt(text.strip()));
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("call.duration", "Not a number of seconds: " + text);
		}
	}

}
