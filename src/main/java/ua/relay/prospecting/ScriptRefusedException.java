package ua.relay.prospecting;

import java.util.List;

import ua.relay.platform.DomainException;

/** A script that cannot be used as it stands, with each of its problems. */
public class ScriptRefusedException extends DomainException {

	private final List<String> problems;

	public ScriptRefusedException(List<String> problems) {
		super(Kind.INVALID, "script.invalid", String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
