package ua.relay.prospecting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.party.SizeBand;
import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.prospecting.MessyCorpus.Format;
import ua.relay.prospecting.MessyCorpus.Kind;

/**
 * Prospect lists as they come ({@link MessyCorpus}): six files of 360 rows, one per way of writing them,
 * each imported through the real readers and checks into the real database, and every row's outcome
 * compared with what it must be: imported with which phones, code, size band, name and contacts, with
 * which warnings; a duplicate of which row; rejected for which reason; left out as hidden.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessyCorpusIT {

	private static final long SEED = 20261201L;

	private static final int ROWS_PER_FILE = 360;

	@Autowired
	ProspectImports imports;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	private Actor head;

	private MessyCorpus corpus;

	private int base;

	@BeforeAll
	void companiesRelayKnows() {
		head = staffing.hire(Role.HEAD);
		base = (int) Math.floorMod(System.nanoTime(), 900_000L);
		var known = MessyCorpus.known(base, 200);
		var preview = imports.upload("known.csv", MessyCorpus.knownCsv(known).getBytes(StandardCharsets.UTF_8), head);
		assertThat(imports.run(preview.importId(), preview.suggested(), ImportMode.ALL_OR_NOTHING).imported()).isEqualTo(200);
		corpus = new MessyCorpus(SEED, base, known);
	}

	@Test
	void theCorpusHasTheRowsAndTheKindsOfMessItPromises() {
		var kinds = EnumSet.noneOf(Kind.class);
		int rows = 0;
		for (Format format : Format.values()) {
			var file = new MessyCorpus(SEED, base, MessyCorpus.known(base, 200)).rows(format, ROWS_PER_FILE);
			rows += file.size();
			file.forEach(row -> kinds.add(Kind.valueOf(row.kind)));
		}
		assertThat(rows).isGreaterThanOrEqualTo(2_000);
		assertThat(kinds).hasSizeGreaterThanOrEqualTo(40).containsAll(EnumSet.allOf(Kind.class));
	}

	@ParameterizedTest
	@EnumSource(Format.class)
	void everyRowBecomesWhatItMustBe(Format format) {
		var rows = corpus.rows(format, ROWS_PER_FILE);
		byte[] file = MessyCorpus.write(rows, format);
		String name = "corpus-" + format.name().toLowerCase() + (format.workbook() ? ".xlsx" : ".csv");

		var preview = imports.upload(name, file, head);
		assertThat(preview.suggested()).as("the headings are recognised").isNotNull();
		var report = imports.run(preview.importId(), preview.suggested(), ImportMode.VALID_ROWS);

		var byRow = report.problems().stream().collect(Collectors.groupingBy(RowProblem::row));
		var stored = stored(report.importId());
		var soft = new SoftAssertions();
		int imported = 0;
		int duplicates = 0;
		int rejected = 0;
		int skipped = 0;
		for (var row : rows) {
			var problems = byRow.getOrDefault(row.number, List.of());
			String about = format + " " + row;
			if (row.expected instanceof MessyCorpus.Imported expected) {
				imported++;
				soft.assertThat(problems).as(about).noneMatch(RowProblem::leftOut);
				soft.assertThat(warnings(problems)).as(about + " warnings, by column")
					.isEqualTo(expected.warnings().stream().map(code -> COLUMN_OF_WARNING.get(code) + ": " + code)
						.collect(Collectors.toCollection(TreeSet::new)));
				soft.assertThat(codes(problems, RowProblem.Kind.NOTE)).as(about + " notes").containsAll(expected.notes());
				var company = stored.get(expected.phones().get(0));
				soft.assertThat(company).as(about + " stored").isNotNull();
				if (company != null) {
					soft.assertThat(company.phones).as(about + " phones").containsExactlyInAnyOrderElementsOf(expected.phones());
					soft.assertThat(company.edrpou).as(about + " EDRPOU").isEqualTo(expected.edrpou());
					soft.assertThat(company.rnokpp).as(about + " РНОКПП").isEqualTo(expected.rnokpp());
					soft.assertThat(company.band).as(about + " size band").isEqualTo(expected.band());
					soft.assertThat(company.name).as(about + " name").isEqualTo(expected.name());
					soft.assertThat(company.contacts).as(about + " contacts").containsExactlyInAnyOrderElementsOf(expected.contacts());
				}
			}
			else if (row.expected instanceof MessyCorpus.Rejected expected) {
				rejected++;
				soft.assertThat(codes(problems, RowProblem.Kind.REJECTED)).as(about).isEqualTo(new TreeSet<>(expected.codes()));
			}
			else if (row.expected instanceof MessyCorpus.Duplicate expected) {
				duplicates++;
				var duplicate = problems.stream().filter(p -> p.kind() == RowProblem.Kind.DUPLICATE).toList();
				soft.assertThat(duplicate).as(about).extracting(RowProblem::code).containsExactly(expected.code());
				if (expected.of() != null && !duplicate.isEmpty()) {
					soft.assertThat(duplicate.get(0).value()).as(about + " the row it repeats")
						.isEqualTo(String.valueOf(expected.of().number));
				}
			}
			else {
				skipped++;
				soft.assertThat(problems).as(about).extracting(RowProblem::kind, RowProblem::code)
					.containsExactly(org.assertj.core.groups.Tuple.tuple(RowProblem.Kind.SKIPPED, "hidden-row"));
			}
		}
		soft.assertThat(report.status()).isEqualTo("IMPORTED");
		soft.assertThat(report.rowsRead()).as("rows read").isEqualTo(rows.size());
		soft.assertThat(report.imported()).as("imported").isEqualTo(imported);
		soft.assertThat(report.duplicates()).as("duplicates").isEqualTo(duplicates);
		soft.assertThat(report.rejected()).as("rejected").isEqualTo(rejected);
		soft.assertThat(report.skipped()).as("skipped").isEqualTo(skipped);
		soft.assertAll();
	}

	/** The column each warning of the corpus is about (in the workbook, the merged heading's first column). */
	private static final Map<String, String> COLUMN_OF_WARNING = Map.of("phone-note", "Телефон", "phone-extension", "Телефон",
			"scientific-phone", "Телефон", "invalid-phone", "Телефон", "edrpou-check-digit", "ЄДРПОУ",
			"edrpou-shape", "ЄДРПОУ", "not-a-head-count", "Працівників", "too-long", "Місто", "invalid-email", "E-mail");

	private static Set<String> warnings(List<RowProblem> problems) {
		return problems.stream().filter(p -> p.kind() == RowProblem.Kind.WARNING).map(p -> p.column() + ": " + p.code())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> codes(List<RowProblem> problems, RowProblem.Kind kind) {
		return problems.stream().filter(p -> p.kind() == kind).map(RowProblem::code).collect(Collectors.toCollection(TreeSet::new));
	}

	/** A company as the import stored it. */
	private static final class Stored {

		final Set<String> phones = new HashSet<>();

		final List<String> contacts = new ArrayList<>();

		String edrpou;

		String rnokpp;

		SizeBand band;

		String name;

	}

	/** The import's companies, by each of their phones. */
	private Map<String, Stored> stored(UUID importId) {
		var companies = new HashMap<UUID, Stored>();
		jdbc.sql("""
				select c.id, c.name, c.edrpou, c.size_band, ph.e164, c.rnokpp
				from prospecting_prospect p join party_company c on c.id = p.company_id
				join party_phone ph on ph.company_id = c.id
				where p.import_id = ?
				""")
			.param(importId)
			.query(rs -> {
				var company = companies.computeIfAbsent(rs.getObject(1, UUID.class), id -> new Stored());
				company.name = rs.getString(2);
				company.edrpou = rs.getString(3);
				company.band = rs.getString(4) == null ? null : SizeBand.valueOf(rs.getString(4));
				company.phones.add(rs.getString(5));
				company.rnokpp = rs.getString(6);
			});
		jdbc.sql("""
				select k.company_id, k.full_name from party_contact k
				join prospecting_prospect p on p.company_id = k.company_id where p.import_id = ?
				""")
			.param(importId)
			.query(rs -> {
				var company = companies.get(rs.getObject(1, UUID.class));
				if (company != null) {
					company.contacts.add(rs.getString(2));
				}
			});
		var byPhone = new HashMap<String, Stored>();
		companies.values().forEach(company -> company.phones.forEach(phone -> byPhone.put(phone, company)));
		return byPhone;
	}

}
