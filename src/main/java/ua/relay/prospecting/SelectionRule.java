package ua.relay.prospecting;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** One rule of whom to call: include (or exclude) prospects whose attribute is one of the values. */
public record SelectionRule(Effect effect, Attribute attribute, Set<String> values) {

	public enum Effect {

		INCLUDE, EXCLUDE

	}

	/** What a rule can look at. */
	public enum Attribute {

		INDUSTRY("industry"), SIZE_BAND("size_band"), REGION("region"), SOURCE("source");

		private final String column;

		Attribute(String column) {
			this.column = column;
		}

		public String column() {
			return column;
		}

	}

	public SelectionRule {
		Objects.requireNonNull(effect, "effect");
		Objects.requireNonNull(attribute, "attribute");
		values = new TreeSet<>(values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList());
	}

	public boolean matches(String value) {
		return value != null && values.contains(value);
	}

	/** How a person reads the rule, e.g. "INCLUDE INDUSTRY in [Агробізнес, Меблі]". */
	public String describe() {
		return effect + " " + attribute + " in " + values;
	}

}
