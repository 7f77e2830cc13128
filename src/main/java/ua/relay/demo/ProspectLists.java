package ua.relay.demo;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import ua.relay.prospecting.ColumnMapping;
import ua.relay.prospecting.ImportMode;
import ua.relay.prospecting.ProspectImports;
import ua.relay.shared.PhoneNumber;

/**
 * Prospect lists as the head brings them in: a spreadsheet of companies uploaded and run through the
 * import, so the prospects enter tier 1's queue on the day of their list.
 */
@Component
class ProspectLists {

	private static final String HEADINGS = "Назва;Форма;ЄДРПОУ;Телефон;Місто;Область;Галузь;Працівників;Контакт";

	private final ProspectImports imports;

	ProspectLists(ProspectImports imports) {
		this.imports = imports;
	}

	/** Imports a list of {@code size} new companies now, as the head would; returns how many came in. */
	int bringIn(DemoRun run, DemoCompanies generator, int size, String fileName) {
		var rows = new StringBuilder(HEADINGS).append('\n');
		for (int i = 0; i < size; i++) {
			rows.append(row(generator.next())).append('\n');
		}
		var preview = imports.upload(fileName, rows.toString().getBytes(StandardCharsets.UTF_8), run.team().head());
		var mapping = ColumnMapping.suggest(preview.headings()).orElseThrow();
		return imports.run(preview.importId(), mapping, ImportMode.VALID_ROWS).imported();
	}

	private static String row(DemoCompanies.DemoCompany made) {
		var company = made.details();
		var contact = company.contacts().isEmpty() ? "" : company.contacts().get(0).fullName();
		return Stream.of(company.name(), company.legalForm(),
				company.edrpou() == null ? "" : company.edrpou().value(),
				company.phones().stream().map(PhoneNumber::e164).collect(Collectors.joining(", ")), company.city(),
				company.region(), company.industry(), String.valueOf(made.employees()), contact)
			.map(cell -> cell == null ? "" : cell)
			.collect(Collectors.joining(";"));
	}

}
