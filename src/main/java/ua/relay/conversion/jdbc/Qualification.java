package ua.relay.conversion.jdbc;

import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import ua.relay.prospecting.QualificationAnswer;

/** A lead's script answers as JSON text, the same on H2 and PostgreSQL. */
public final class Qualification {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<QualificationAnswer>> ANSWERS = new TypeReference<>() {
	};

	private Qualification() {
	}

	public static String write(List<QualificationAnswer> answers) {
		return answers.isEmpty() ? null : JSON.writeValueAsString(answers);
	}

	public static List<QualificationAnswer> read(String text) {
		return text == null || text.isBlank() ? List.of() : JSON.readValue(text, ANSWERS);
	}

}
