package ua.relay.conversion;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.conversion.domain.Deal;
import ua.relay.conversion.domain.DealRepository;
import ua.relay.conversion.domain.PipelineStages;
import ua.relay.conversion.domain.Stage;
import ua.relay.conversion.domain.StageRepository;
import ua.relay.conversion.jdbc.DealImportStore;
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
import ua.relay.salesorg.Assignment;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.NamedStaff;
import ua.relay.salesorg.Organisation;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;
import ua.relay.shared.DecimalText;
import ua.relay.shared.Edrpou;
import ua.relay.shared.Money;
import ua.relay.shared.PhoneNumber;

/**
 * The deals in progress brought in from a file on a page, when a company moves from a spreadsheet or
 * another CRM: one row per deal (company, EDRPOU, stage, amount, closer, expected close, note). The upload
 * is previewed with the columns it seems to have; the run checks every row and brings in each sound one as
 * a deal at its stage with its closer (as the file names them, else by tier 2's distribution), and reports
 * every other row with its reason. Such deals count in the pipeline and in the closers' sales, not as
 * leads received or accepted. An import is taken back whole, except the deals worked since.
 */
@Service
public class DealImports {

	/** A deals' file is a pipeline: thousands of rows at most. */
	static final FileLimits LIMITS = new FileLimits(10L * 1024 * 1024, 200, 100L * 1024 * 1024);

	static final int PREVIEW_ROWS = 15;

	private static final String REASON = "reason.imported";

	private final DealImportStore store;

	private final DealRepository deals;

	private final StageRepository stages;

	private final CompanyDirectory companies;

	private final Staff staff;

	private final Responsibilities responsibilities;

	private final Organisation organisation;

	private final AuditTrail audit;

	private final Clock clock;

	DealImports(DealImportStore store, DealRepository deals, StageRepository stages, CompanyDirectory companies, Staff staff,
			Responsibilities responsibilities, Organisation organisation, AuditTrail audit, Clock clock) {
		this.store = store;
		this.deals = deals;
		this.stages = stages;
		this.companies = companies;
		this.staff = staff;
		this.responsibilities = responsibilities;
		this.organisation = organisation;
		this.audit = audit;
		this.clock = clock;
	}

	/** An upload as the preview shows it: the headings, the first rows and the columns each field seems to be in. */
	public record Preview(UUID id, String fileName, String format, List<String> headings, List<List<String>> rows,
			Map<DealField, Integer> mapping) {

		/** The column the field seems to be in, or -1. */
		public int column(DealField field) {
			return mapping.getOrDefault(field, -1);
		}

	}

	/** One refused row and why: a message code ({@code deal-import.<code>}) and the value that was wrong. */
	public record Problem(int row, String code, String detail) {
	}

	/** What an import did, or is about to do. */
	public record Report(UUID id, String fileName, String status, int rowsRead, int deals, int refused, int kept,
			Instant uploadedAt, Instant doneAt, List<Problem> problems) {
	}

	@Transactional
	public Preview upload(String fileName, byte[] content, Actor actor) {
		headOnly(actor);
		if (content == null || content.length == 0) {
			throw DomainException.invalid("deal-import.file-empty", "The file is empty");
		}
		var table = TabularFiles.open(fileName, content, LIMITS);
		var id = UUID.randomUUID();
		store.insert(id, fileName == null || fileName.isBlank() ? "deals" : fileName.strip(), table.format(), content,
				actor.username(), clock.instant());
		return preview(id, table);
	}

	public Preview preview(UUID id) {
		var upload = store.upload(id).orElseThrow(() -> notFound(id));
		if (!"UPLOADED".equals(upload.status())) {
			throw DomainException.conflict("deal-import.done", "The import has been run");
		}
		return preview(id, TabularFiles.open(upload.fileName(), upload.content(), LIMITS));
	}

	private Preview preview(UUID id, TabularFile table) {
		var rows = table.firstRows(PREVIEW_ROWS).stream().map(row -> List.copyOf(row.cells())).toList();
		var upload = store.upload(id).orElseThrow();
		return new Preview(id, upload.fileName(), table.format(), table.headings(), rows, DealField.guess(table.headings()));
	}

	/**
	 * Runs the upload with the columns given: every sound row becomes a deal at its stage with its closer,
	 * the matrix saying the closer holds the company; every other row is reported. One transaction.
	 */
	@Transactional
	public Report run(UUID id, Map<DealField, Integer> mapping, Actor actor) {
		headOnly(actor);
		var upload = store.upload(id).orElseThrow(() -> notFound(id));
		for (var field : DealField.values()) {
			if (field.required() && mapping.get(field) == null) {
				throw DomainException.invalid("deal-import.column-missing", "Say which column holds " + field, field.name());
			}
		}
		if (!store.claim(id)) {
			throw DomainException.conflict("deal-import.done", "The import has been run");
		}
		var table = TabularFiles.open(upload.fileName(), upload.content(), LIMITS);
		var pipeline = stages.stages();
		boolean classic = organisation.mode() == OrganisationMode.CLASSIC;
		var closers = NamedStaff.of(staff.all(),
				e -> e.active() && !e.headOfSales() && e.tier() != null && (classic || e.tier() == Tier.LC));
		var problems = new ArrayList<Problem>();
		var seen = new HashMap<String, Integer>();
		int[] read = { 0 };
		int[] brought = { 0 };
		var now = clock.instant();
		table.forEachRow(row -> {
			read[0]++;
			var parsed = parse(row, mapping, pipeline, closers);
			if (!parsed.problems().isEmpty()) {
				problems.addAll(parsed.problems());
				return;
			}
			var earlier = seen.putIfAbsent(parsed.key(), row.number());
			if (earlier != null) {
				problems.add(new Problem(row.number(), "company-twice", String.valueOf(earlier)));
				return;
			}
			var company = companies.register(new NewCompany(parsed.name().name(), parsed.name().legalForm(), parsed.edrpou(),
					null, null, null, null, parsed.phone() == null ? List.of() : List.of(parsed.phone()), List.of()))
				.companyId();
			if (responsibilities.responsible(company, Tier.AM).isPresent()) {
				problems.add(new Problem(row.number(), "already-client", parsed.name().displayName()));
				return;
			}
			if (store.hasOpenDeal(company)) {
				problems.add(new Problem(row.number(), "deal-open-already", parsed.name().displayName()));
				return;
			}
			Assignment closer = parsed.closer() == null ? responsibilities.distribute(company, Tier.LC, null)
					: responsibilities.assignTo(company, Tier.LC, parsed.closer(), REASON);
			var lead = LeadId.random();
			store.insertLead(lead, company, closer, parsed.note(), now);
			var deal = new Deal(DealId.random(), lead, company, closer.employee(), parsed.stage().code(),
					parsed.amount() == null ? null : new Money(parsed.amount()), parsed.expectedClose(),
					parsed.stage().probability(), now, now, null, null, null, 0);
			deals.insert(deal);
			store.markImported(deal.id().value(), id);
			brought[0]++;
		});
		problems.sort(java.util.Comparator.comparingInt(Problem::row));
		store.finish(id, read[0], brought[0], (int) problems.stream().mapToInt(Problem::row).distinct().count(), problems,
				clock.instant());
		audit.record(actor, "deal-import", upload.fileName(), brought[0] + " deals, " + problems.size() + " rows refused");
		return report(id);
	}

	/**
	 * Takes the import back: its deals go, with their leads and their place in the matrix, except those
	 * worked since (moved, planned, won or lost, a call, a task, a quote), which are kept and counted. The
	 * companies stay known.
	 */
	@Transactional
	public Report undo(UUID id, Actor actor) {
		headOnly(actor);
		var upload = store.upload(id).orElseThrow(() -> notFound(id));
		if (!"DONE".equals(upload.status())) {
			throw DomainException.conflict("deal-import.not-undoable", "Only an import that has run is taken back");
		}
		int kept = 0;
		for (var deal : store.dealsOf(id)) {
			if (store.workedSince(deal.deal())) {
				kept++;
				continue;
			}
			store.deleteDeal(deal);
			responsibilities.withdraw(deal.company(), Tier.LC);
		}
		store.undone(id, kept, clock.instant());
		audit.record(actor, "import-undone", upload.fileName(), kept + " deals kept (worked since)");
		return report(id);
	}

	public Report report(UUID id) {
		return store.report(id).orElseThrow(() -> notFound(id));
	}

	public List<Report> latest() {
		return store.latest(20);
	}

	private record Parsed(int row, String key, CompanyName name, Edrpou edrpou, PhoneNumber phone, Stage stage,
			BigDecimal amount, EmployeeId closer, LocalDate expectedClose, String note, List<Problem> problems) {
	}

	private Parsed parse(FileRow row, Map<DealField, Integer> mapping, PipelineStages pipeline, NamedStaff closers) {
		var problems = new ArrayList<Problem>();
		String company = cell(row, mapping, DealField.COMPANY);
		var name = CompanyName.parse(company);
		if (company.isEmpty()) {
			problems.add(new Problem(row.number(), "company-missing", ""));
		}
		else if (company.length() > 300) {
			problems.add(new Problem(row.number(), "company-too-long", company.substring(0, 40) + "…"));
		}
		Edrpou edrpou = null;
		String code = cell(row, mapping, DealField.EDRPOU);
		if (!code.isEmpty()) {
			if (Edrpou.isValid(code)) {
				edrpou = Edrpou.of(code);
			}
			else {
				problems.add(new Problem(row.number(), "edrpou-invalid", code));
			}
		}
		PhoneNumber phone = null;
		String number = cell(row, mapping, DealField.PHONE);
		if (!number.isEmpty()) {
			phone = PhoneNumber.tryParse(number).orElse(null);
			if (phone == null) {
				problems.add(new Problem(row.number(), "phone-invalid", number));
			}
		}
		String stageText = cell(row, mapping, DealField.STAGE);
		Stage stage = stageText.isEmpty() ? pipeline.first() : stage(pipeline, stageText);
		if (stage == null) {
			problems.add(new Problem(row.number(), "stage-unknown", stageText));
		}
		else if (!stage.isOpen()) {
			problems.add(new Problem(row.number(), "stage-closed", stageText));
		}
		BigDecimal amount = null;
		String sum = cell(row, mapping, DealField.AMOUNT);
		if (!sum.isEmpty()) {
			try {
				amount = DecimalText.parse(sum, 2);
				if (amount.signum() <= 0 || amount.compareTo(new BigDecimal("1000000000")) >= 0) {
					problems.add(new Problem(row.number(), "amount-invalid", sum));
				}
			}
			catch (IllegalArgumentException ex) {
				problems.add(new Problem(row.number(), "amount-invalid", sum));
			}
		}
		EmployeeId closer = null;
		String closerText = cell(row, mapping, DealField.CLOSER);
		if (!closerText.isEmpty()) {
			closer = closers.find(closerText).orElse(null);
			if (closer == null) {
				problems.add(new Problem(row.number(), "closer-unknown", closerText));
			}
		}
		String closeText = cell(row, mapping, DealField.EXPECTED_CLOSE);
		LocalDate expectedClose = ColumnGuess.day(closeText);
		if (!closeText.isEmpty() && (expectedClose == null || expectedClose.getYear() < 1991)) {
			problems.add(new Problem(row.number(), "date-invalid", closeText));
		}
		String note = cell(row, mapping, DealField.NOTE);
		if (note.length() > 2000) {
			note = note.substring(0, 1999) + "…";
		}
		String key = edrpou != null ? "edrpou:" + edrpou.value()
				: company.isEmpty() ? null : "name:" + NameKey.of(company, null);
		return new Parsed(row.number(), key, name, edrpou, phone, stage, amount, closer, expectedClose,
				note.isEmpty() ? null : note, problems);
	}

	/** The stage a file names, by its name in either language or its code, any case. */
	private static Stage stage(PipelineStages pipeline, String text) {
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		return pipeline.all()
			.stream()
			.filter(s -> s.code().toLowerCase(Locale.ROOT).equals(wanted)
					|| s.nameUk().toLowerCase(Locale.ROOT).equals(wanted)
					|| (s.nameEn() != null && s.nameEn().toLowerCase(Locale.ROOT).equals(wanted)))
			.findFirst()
			.orElse(null);
	}

	private static String cell(FileRow row, Map<DealField, Integer> mapping, DealField field) {
		Integer column = mapping.get(field);
		return column == null ? "" : row.cell(column).strip();
	}

	private static void headOnly(Actor actor) {
		if (!actor.seesEverything()) {
			throw DomainException.forbidden("deal.import-head-only", "Only the head of sales imports deals");
		}
	}

	private static DomainException notFound(UUID id) {
		return DomainException.notFound("deal-import.not-found", "No deal import " + id);
	}

	/** The columns a form gave, field by field ({@code COMPANY=0}); a field left blank is in no column. */
	public static Map<DealField, Integer> mapping(Map<String, String> params) {
		return ColumnGuess.fromForm(DealField.class, params);
	}

}
