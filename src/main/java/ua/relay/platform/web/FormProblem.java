package ua.relay.platform.web;

import java.util.Map;

/**
 * Why a form sent from a page was refused, carried back to that page (a flash attribute) so the page can
 * show each message next to its field, keep what the person typed and put the focus where to correct it.
 *
 * @param path the path the form was sent to: the page finds the form by its {@code action}
 * @param message what is wrong with the form as a whole, in the reader's language, or null
 * @param fields each refused field's message, in the reader's language
 * @param values what was sent, to fill the form again (never passwords, tokens or hidden fields)
 */
public record FormProblem(String path, String message, Map<String, String> fields, Map<String, String> values)
		implements java.io.Serializable {

	public FormProblem {
		fields = Map.copyOf(fields);
		values = Map.copyOf(values);
	}

}
