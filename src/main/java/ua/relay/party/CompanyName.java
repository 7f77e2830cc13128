package ua.relay.party;

import java.util.regex.Pattern;

/**
 * A company's name as a file writes it, its legal form in front or not: "ТОВ «Зерно-Трейд»", "ПП Волинь
 * Меблі", "Зерно-Трейд". {@code legalForm} is none where the name has none of the usual ones.
 */
public record CompanyName(String legalForm, String name) {

	private static final Pattern LEGAL_FORM_IN_NAME = Pattern
		.compile("(?U)^(ТОВ|ПП|ПАТ|ПрАТ|ТДВ|ФОП|ДП|КП|АТ|ТзОВ)\\s+(?:[«\"“„]([^«»\"“”„]+)[»\"”“]|(.+))$");

	public static CompanyName parse(String text) {
		String written = text == null ? "" : text.strip();
		var inName = LEGAL_FORM_IN_NAME.matcher(written);
		if (inName.matches()) {
			return new CompanyName(inName.group(1), (inName.group(2) != null ? inName.group(2) : inName.group(3)).strip());
		}
		return new CompanyName(null, written);
	}

	/** As documents write it: ТОВ «Зерно-Трейд». */
	public String displayName() {
		return legalForm == null ? name : legalForm + " «" + name + "»";
	}

}
