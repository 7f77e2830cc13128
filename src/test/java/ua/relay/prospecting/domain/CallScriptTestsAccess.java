package ua.relay.prospecting.domain;

/** The sample script of {@link CallScriptTests}, for tests elsewhere. */
public final class CallScriptTestsAccess {

	private CallScriptTestsAccess() {
	}

	public static CallScript cargo() {
		return CallScriptTests.cargo();
	}

}
