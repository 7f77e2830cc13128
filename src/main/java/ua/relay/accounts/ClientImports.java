package ua.relay.accounts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.accounts.jdbc.ClientImportStore;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyName;
import ua.relay.party.NameKey;
import ua.relay.party.NewCompany;
import ua.relay.platform.Actor;
import ua.relay.platform.AuditTrail;
import ua.relay.platform.DomainException;
import ua.relay.platform.tabular.ColumnGuess;
import ua.relay.platform.tabular.FileLimits;
import ua.relay.platform.tabular.FileRow;
import ua.relay.platform.tabular.TabularFile;
import ua.relay.platform.tabular.TabularFiles;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.EmployeeView;
import ua.relay.salesorg.NamedStaff;
import ua.relay.salesorg.Organisation;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;
import ua.relay.shared.DecimalText;
import ua.relay.shared.Edrpou;
import ua.relay.shared.PhoneNumber;

/**
 * Existing clients brought in from a file on a page, as the head has them: a spreadsheet or a 1C export
 * with one row per past order (company, EDRPOU, date, service, amount, account manager). The upload is
 * previewed with the columns it seems to have; the run checks every row, brings in each client whose rows
 * are all sound with its whole order history, and reports every other row with its reason: a client is
 * never brought in with part of its history. An import is taken back whole, except the clients worked
 * since.
 */
@Service
public class ClientImports {

	/** A client file is a table of orders: tens of thousands of rows at most. */
	static final FileLimits LIMITS = new FileLimits(20L * 1024 * 1024, 1_000, 200L * 1024 * 1024);

	static final int PREVIEW_ROWS = 15;

	private final ClientImportStore store;

	private final Portfolio portfolio;

	private final CompanyDirectory companies;

	private final Staff staff;

	private final Responsibilities responsibilities;

	private final AuditTrail audit;

	private final Organisation organisation;

	private final Clock clock;

	ClientImports(ClientImportStore store, Portfolio portfolio, CompanyDirectory companies, Staff staff,
			Responsibilities responsibilities, AuditTrail audit, Organisation organisation, Clock clock) {
		this.organisation = organisation;
		this.store = store;
		this.portfolio = portfolio;
		this.companies = companies;
		this.staff = staff;
		this.responsibilities = responsibilities;
		this.audit = audit;
		this.clock = clock;
	}

	/** An upload as the preview shows it: the headings, the first rows and the columns each field seems to be in. */
	public record Preview(UUID id, String fileName, String format, List<String> headings, List<List<String>> rows,
			Map<ClientField, Integer> mapping) {

		/** The column the field seems to be in, or -1. */
		public int column(ClientField field) {
			return mapping.getOrDefault(field, -1);
		}

	}

	/** One refused row and why: a message code ({@code client-import.<code>}) and the value that was wrong. */
	public record Problem(int row, String code, String detail) {
	}

	/** What an import did, or is about to do. */
	public record Report(UUID id, String fileName, String status, int rowsRead, int clients, int orders, int refused,
			int kept, Instant uploadedAt, Instant doneAt, List<Problem> problems) {
	}

	@Transactional
	public Preview upload(String fileName, byte[] content, Actor actor) {
		headOnly(actor);
		if (content == null || content.length == 0) {
			throw DomainException.invalid("client-import.file-empty", "The file is empty");
		}
		var table = TabularFiles.open(fileName, content, LIMITS);
		var id = UUID.randomUUID();
		store.insert(id, fileName == null || fileName.isBlank() ? "clients" : fileName.strip(), table.format(), content,
				actor.username(), clock.instant());
		return preview(id, table);
	}

	public Preview preview(UUID id) {
		var upload = store.upload(id).orElseThrow(() -> notFound(id));
		if (!"UPLOADED".equals(upload.status())) {
			throw DomainException.conflict("client-import.done", "The import has been run");
		}
		return preview(id, TabularFiles.open(upload.fileName(), upload.content(), LIMITS));
	}

	private Preview preview(UUID id, TabularFile table) {
		var rows = table.firstRows(PREVIEW_ROWS).stream().map(row -> List.copyOf(row.cells())).toList();
		var upload = store.upload(id).orElseThrow();
		return new Preview(id, upload.fileName(), table.format(), table.headings(), rows, ClientField.guess(table.headings()));
	}

	/**
	 * Runs the upload with the columns given: every client whose rows are all sound comes in with its
	 * history and its account manager (as the file names them, else by the specialisation rule), in one
	 * transaction; every other row is reported.
	 */
	@Transactional
	public Report run(UUID id, Map<ClientField, Integer> mapping, Actor actor) {
		headOnly(actor);
		var upload = store.upload(id).orElseThrow(() -> notFound(id));
		for (var field : ClientField.values()) {
			if (field.required() && mapping.get(field) == null) {
				throw DomainException.invalid("client-import.column-missing", "Say which column holds " + field,
						field.name());
			}
		}
		if (!store.claim(id)) {
			throw DomainException.conflict("client-import.done", "The import has been run");
		}
		var table = TabularFiles.open(upload.fileName(), upload.content(), LIMITS);
		var managers = managers(staff.all(), organisation.mode() == OrganisationMode.CLASSIC);
		var clients = new LinkedHashMap<String, List<Parsed>>();
		var problems = new ArrayList<Problem>();
		int[] read = { 0 };
		table.forEachRow(row -> {
			read[0]++;
			var parsed = parse(row, mapping, managers);
			if (parsed.problems().isEmpty()) {
				clients.computeIfAbsent(parsed.key(), key -> new ArrayList<>()).add(parsed);
			}
			else {
				problems.addAll(parsed.problems());
				if (parsed.key() != null) {
					clients.computeIfAbsent(parsed.key(), key -> new ArrayList<>()).add(parsed);
				}
			}
		});
		int broughtIn = 0;
		int orders = 0;
		for (var rows : clients.values()) {
			var bad = rows.stream().filter(r -> !r.problems().isEmpty()).findFirst();
			if (bad.isPresent()) {
				rows.stream().filter(r -> r.problems().isEmpty())
					.forEach(r -> problems.add(new Problem(r.row(), "client-refused", String.valueOf(bad.get().row()))));
				continue;
			}
			var first = rows.get(0);
			var manager = rows.stream().map(Parsed::manager).filter(java.util.Objects::nonNull).findFirst().orElse(null);
			var company = companies.register(new NewCompany(first.name(), first.legalForm(), first.edrpou(), null, null, null,
					null, first.phone() == null ? List.of() : List.of(first.phone()), List.of())).companyId();
			if (portfolio.isClient(company)) {
				rows.forEach(r -> problems.add(new Problem(r.row(), "already-client", first.displayName())));
				continue;
			}
			var history = rows.stream().map(r -> new PastOrder(r.service(), r.description(), r.amount(), r.orderedOn())).toList();
			var client = portfolio.importClient(company, manager, history, actor);
			store.markImported(client, id);
			broughtIn++;
			orders += history.size();
		}
		problems.sort(java.util.Comparator.comparingInt(Problem::row));
		store.finish(id, read[0], broughtIn, orders, (int) problems.stream().mapToInt(Problem::row).distinct().count(), problems,
				clock.instant());
		audit.record(actor, "client-import", upload.fileName(), broughtIn + " clients, " + orders + " orders, "
				+ problems.size() + " rows refused");
		return report(id);
	}

	/**
	 * Takes the import back: its clients go, with their imported orders, open reminders and their place in
	 * the matrix, except those worked since (a contact logged, an order or invoice of their own, a task
	 * done), which are kept and counted. The companies stay known.
	 */
	@Transactional
	public Report undo(UUID id, Actor actor) {
		headOnly(actor);
		var upload = store.upload(id).orElseThrow(() -> notFound(id));
		if (!"DONE".equals(upload.status())) {
			throw DomainException.conflict("client-import.not-undoable", "Only an import that has run is taken back");
		}
		int kept = 0;
		for (var client : store.clientsOf(id)) {
			if (store.workedSince(client.id())) {
				kept++;
				continue;
			}
			store.deleteClient(client.id());
			responsibilities.withdraw(client.company(), Tier.AM);
		}
		store.undone(id, kept, clock.instant());
		audit.record(actor, "import-undone", upload.fileName(), kept + " clients kept (worked since)");
		return report(id);
	}

	public Report report(UUID id) {
		return store.report(id).orElseThrow(() -> notFound(id));
	}

	public List<Report> latest() {
		return store.latest(20);
	}

	private record Parsed(int row, String key, String name, String legalForm, Edrpou edrpou, PhoneNumber phone,
			LocalDate orderedOn, CargoService service, String description, BigDecimal amount, EmployeeId manager,
			List<Problem> problems) {

		String displayName() {
			return new CompanyName(legalForm, name).displayName();
		}

	}

	private Parsed parse(FileRow row, Map<ClientField, Integer> mapping, NamedStaff managers) {
		var problems = new ArrayList<Problem>();
		String company = cell(row, mapping, ClientField.COMPANY);
		var written = CompanyName.parse(company);
		String name = written.name();
		String legalForm = written.legalForm();
		if (company.isEmpty()) {
			problems.add(new Problem(row.number(), "company-missing", ""));
		}
		else if (company.length() > 300) {
			problems.add(new Problem(row.number(), "company-too-long", company.substring(0, 40) + "…"));
		}
		Edrpou edrpou = null;
		String code = cell(row, mapping, ClientField.EDRPOU);
		if (!code.isEmpty()) {
			if (Edrpou.isValid(code)) {
				edrpou = Edrpou.of(code);
			}
			else {
				problems.add(new Problem(row.number(), "edrpou-invalid", code));
			}
		}
		PhoneNumber phone = null;
		String number = cell(row, mapping, ClientField.PHONE);
		if (!number.isEmpty()) {
			phone = PhoneNumber.tryParse(number).orElse(null);
			if (phone == null) {
				problems.add(new Problem(row.number(), "phone-invalid", number));
			}
		}
		LocalDate day = ColumnGuess.day(cell(row, mapping, ClientField.ORDERED_ON));
		String dayText = cell(row, mapping, ClientField.ORDERED_ON);
		if (day == null) {
			problems.add(new Problem(row.number(), dayText.isEmpty() ? "date-missing" : "date-invalid", dayText));
		}
		else if (day.isAfter(LocalDate.now(clock))) {
			problems.add(new Problem(row.number(), "date-future", dayText));
		}
		else if (day.getYear() < 1991) {
			problems.add(new Problem(row.number(), "date-invalid", dayText));
		}
		BigDecimal amount = null;
		String sum = cell(row, mapping, ClientField.AMOUNT);
		try {
			amount = DecimalText.parse(sum, 2);
			if (amount.signum() <= 0 || amount.compareTo(new BigDecimal("1000000000")) >= 0) {
				problems.add(new Problem(row.number(), "amount-invalid", sum));
			}
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(row.number(), sum.isEmpty() ? "amount-missing" : "amount-invalid", sum));
		}
		String serviceText = cell(row, mapping, ClientField.SERVICE);
		CargoService service = CargoService.recognise(serviceText).orElse(null);
		String description = cell(row, mapping, ClientField.DESCRIPTION);
		if (description.isEmpty()) {
			description = !serviceText.isEmpty() ? serviceText : service != null ? service.documentName() : "Замовлення до Relay";
		}
		if (description.length() > 500) {
			description = description.substring(0, 499) + "…";
		}
		EmployeeId manager = null;
		String managerText = cell(row, mapping, ClientField.MANAGER);
		if (!managerText.isEmpty()) {
			var found = managers.find(managerText);
			if (found.isEmpty()) {
				problems.add(new Problem(row.number(), "manager-unknown", managerText));
			}
			else {
				manager = found.get();
			}
		}
		String key = edrpou != null ? "edrpou:" + edrpou.value()
				: company.isEmpty() ? null : "name:" + NameKey.of(company, null);
		return new Parsed(row.number(), key, name, legalForm, edrpou, phone, day, service, description, amount, manager,
				problems);
	}

	private static String cell(FileRow row, Map<ClientField, Integer> mapping, ClientField field) {
		Integer column = mapping.get(field);
		return column == null ? "" : row.cell(column).strip();
	}

	/**
	 * Who a file may name as a client's manager, by full name or e-mail, any case: the active account
	 * managers; in the classic model, where one person keeps their own clients, any active salesperson.
	 */
	private static NamedStaff managers(List<EmployeeView> staff, boolean classic) {
		return NamedStaff.of(staff, e -> e.active() && !e.headOfSales() && e.tier() != null && (classic || e.tier() == Tier.AM));
	}

	private static void headOnly(Actor actor) {
		if (!actor.seesEverything()) {
			throw DomainException.forbidden("client.import-head-only", "Only the head of sales imports clients");
		}
	}

	private static DomainException notFound(UUID id) {
		return DomainException.notFound("client-import.not-found", "No client import " + id);
	}

	/** The columns a form gave, field by field ({@code COMPANY=0}); a field left blank is in no column. */
	public static Map<ClientField, Integer> mapping(Map<String, String> params) {
		return ColumnGuess.fromForm(ClientField.class, params);
	}

}
