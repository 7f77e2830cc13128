package ua.relay.prospecting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ua.relay.prospecting.SelectionRule;

/**
 * A campaign's rules of whom to call, in order. A prospect is selected when it matches every include
 * rule and no exclude rule; the verdict names the first rule that decided.
 */
public record SelectionCriteria(List<SelectionRule> rules) {

	public SelectionCriteria {
		rules = List.copyOf(rules);
	}

	/** What the rules look at, of one prospect. */
	public record Facts(String industry, String sizeBand, String region, String source) {

		String value(SelectionRule.Attribute attribute) {
			return switch (attribute) {
				case INDUSTRY -> industry;
				case SIZE_BAND -> sizeBand;
				case REGION -> region;
				case SOURCE -> source;
			};
		}

	}

	/** In or out, and the rule that said so (none when no rule excluded it). */
	public record Verdict(boolean selected, int rule, String because) {
	}

	public Verdict judge(Facts facts) {
		for (int i = 0; i < rules.size(); i++) {
			var rule = rules.get(i);
			boolean matches = rule.matches(facts.value(rule.attribute()));
			if (rule.effect() == SelectionRule.Effect.EXCLUDE && matches) {
				return new Verdict(false, i + 1, "rule " + (i + 1) + " excludes it: " + rule.describe());
			}
			if (rule.effect() == SelectionRule.Effect.INCLUDE && !matches) {
				return new Verdict(false, i + 1, "rule " + (i + 1) + " does not include it: " + rule.describe());
			}
		}
		return new Verdict(true, 0, rules.isEmpty() ? "the campaign has no rules: everyone is in" : "it passes every rule");
	}

	/** The same rules as a SQL condition on {@code prospecting_prospect}, with its parameters added to {@code params}. */
	public String toSql(Map<String, Object> params) {
		var conditions = new ArrayList<String>();
		for (int i = 0; i < rules.size(); i++) {
			var rule = rules.get(i);
			if (rule.values().isEmpty()) {
				conditions.add(rule.effect() == SelectionRule.Effect.INCLUDE ? "1 = 0" : "1 = 1");
				continue;
			}
			String param = "rule" + i;
			params.put(param, List.copyOf(rule.values()));
			String column = rule.attribute().column();
			conditions.add(rule.effect() == SelectionRule.Effect.INCLUDE ? column + " in (:" + param + ")"
					: "(" + column + " is null or " + column + " not in (:" + param + "))");
		}
		return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
	}

}
