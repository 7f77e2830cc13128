package ua.relay.conversion.domain;

import java.util.Locale;
import java.util.Objects;

/** A stage of tier 2's pipeline as the head of sales set it up: its name in both languages, its place and odds. */
public record Stage(String code, String nameUk, String nameEn, int position, StageKind kind, int probability) {

	public Stage {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(kind, "kind");
		if (!code.matches("[A-Z][A-Z0-9_]{0,15}")) {
			throw new IllegalArgumentException("A stage code is up to 16 capitals, digits and _: " + code);
		}
		if (probability < 0 || probability > 100) {
			throw new IllegalArgumentException("A probability is a percentage: " + probability);
		}
	}

	public String name(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameUk;
	}

	public boolean isOpen() {
		return kind == StageKind.OPEN;
	}

}
