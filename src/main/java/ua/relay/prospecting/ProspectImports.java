package ua.relay.prospecting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import ua.relay.party.CompanyDirectory;
import ua.relay.platform.Actor;
import ua.relay.platform.AuditTrail;
import ua.relay.platform.Notifications;
import ua.relay.platform.DomainException;
import ua.relay.platform.bulk.SequentialIds;
import ua.relay.prospecting.domain.DuplicatesInFile;
import ua.relay.prospecting.domain.ProspectRow;
import ua.relay.prospecting.domain.SelectionCriteria;
import ua.relay.platform.tabular.FileLimits;
import ua.relay.platform.tabular.FileRow;
import ua.relay.platform.tabular.ImportFileException;
import ua.relay.platform.tabular.ParallelChecks;
import ua.relay.platform.tabular.TabularFile;
import ua.relay.platform.tabular.TabularFiles;
import ua.relay.prospecting.jdbc.ImportStore;

/**
 * Prospect lists from CSV and XLSX files: upload and preview, map the columns, run. Every row is
 * checked and each problem reported; duplicates within the file and of companies Relay knows are left
 * out. A file is streamed, never held whole: rows are checked on every core, what they bring in is
 * spooled and written in one go ({@code COPY} on PostgreSQL) in one transaction, so a failure half-way
 * leaves the database as it was. While a run goes, its progress is visible to others. An import is
 * undone as a whole, except the prospects someone has called meanwhile.
 */
@Service
public class ProspectImports {

	private static final Logger log = LoggerFactory.getLogger(ProspectImports.class);

	/** Imported prospects wait behind the hand-picked ones (lower numbers are called first). */
	static final int IMPORTED_PRIORITY = 100;

	private static final int PREVIEW_ROWS = 10;

	private static final int PIECE_BYTES = 1 << 20;

	private static final int PROGRESS_EVERY = 20_000;

	/** Prospects and companies taken back per statement when an import is undone. */
	private static final int UNDO_CHUNK = 1_000;

	/** An upload not run for this long was abandoned. */
	private static final Duration ABANDONED = Duration.ofDays(7);

	/** The runs and undos this process is working on. */
	private final Set<UUID> working = ConcurrentHashMap.newKeySet();

	/** A run or undo whose process has not beaten for this long died with its process. */
	private static final Duration STALE = Duration.ofMinutes(2);

	private final ImportStore store;

	private final CompanyDirectory companies;

	private final Clock clock;

	private final Campaigns campaigns;

	private final TransactionTemplate work;

	private final TransactionTemplate aside;

	private final TaskExecutor background;

	private final FileLimits limits = FileLimits.standard();

	private final AuditTrail audit;

	private final Notifications notifications;

	private final MeterRegistry metrics;

	/** How often a run or undo tells the others it is alive; well within {@link #STALE}. */
	private final Duration heartbeat;

	ProspectImports(ImportStore store, CompanyDirectory companies, Clock clock, Campaigns campaigns,
			PlatformTransactionManager transactions, @Qualifier("applicationTaskExecutor") TaskExecutor background,
			AuditTrail audit, Notifications notifications,
			@Value("${relay.prospecting.import-heartbeat:20s}") Duration heartbeat, MeterRegistry metrics) {
		this.metrics = metrics;
		this.heartbeat = heartbeat;
		this.audit = audit;
		this.notifications = notifications;
		this.store = store;
		this.companies = companies;
		this.clock = clock;
		this.campaigns = campaigns;
		this.work = new TransactionTemplate(transactions);
		this.aside = new TransactionTemplate(transactions);
		this.aside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.background = background;
	}

	public ImportPreview upload(String fileName, byte[] content, Actor actor) {
		return upload(fileName, new ByteArrayInputStream(content), actor);
	}

	/**
	 * Keeps the file, in pieces, until it is run, and shows how it reads; a file that cannot be read, or
	 * is too large, is refused now.
	 */
	@Transactional
	public ImportPreview upload(String fileName, InputStream content, Actor actor) {
		var id = UUID.randomUUID();
		String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
		store.insertUpload(id, name, actor.employeeId(), clock.instant());
		try {
			long size = 0;
			int seq = 0;
			byte[] piece;
			while ((piece = content.readNBytes(PIECE_BYTES)).length > 0) {
				size += piece.length;
				if (size > limits.maxBytes()) {
					throw TabularFiles.tooLarge(size, limits);
				}
				store.insertChunk(id, seq++, piece);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var preview = preview(id, name, TabularFiles.open(name, () -> store.content(id), limits));
		log.info("Import {}: {} uploaded", id, name);
		return preview;
	}

	public ImportPreview preview(UUID id) {
		var upload = waiting(id);
		return preview(id, upload.fileName(), TabularFiles.open(upload.fileName(), () -> store.content(id), limits));
	}

	/**
	 * Runs an uploaded file with the mapping given and answers with the report. What it writes, it writes
	 * in one transaction; if it fails, the upload waits to be run again, with the reason.
	 */
	public ImportReport run(UUID id, ColumnMapping mapping, ImportMode mode) {
		return run(id, mapping, mode, false);
	}

	/**
	 * As {@link #run(UUID, ColumnMapping, ImportMode)}; with {@code addToKnown}, a row of a company Relay
	 * knows adds to it the phones and contacts it did not have (a note on the row says which).
	 */
	public ImportReport run(UUID id, ColumnMapping mapping, ImportMode mode, boolean addToKnown) {
		claim(id, mode);
		return runClaimed(id, mapping, mode, addToKnown);
	}

	/** Starts the run and returns at once; {@link #report} shows its progress, then its outcome. */
	public void runInBackground(UUID id, ColumnMapping mapping, ImportMode mode, boolean addToKnown) {
		claim(id, mode);
		background.execute(() -> {
			String failure = null;
			try {
				runClaimed(id, mapping, mode, addToKnown);
			}
			catch (RuntimeException ex) {
				log.warn("Import {} failed: {}", id, ex.toString());
				failure = ex.getMessage() == null ? ex.toString() : ex.getMessage();
			}
			tellUploader(id, failure);
		});
	}

	/** The one who started a run in the background is told when it ends, and of the reason if it failed. */
	private void tellUploader(UUID id, String failure) {
		try {
			aside.executeWithoutResult(status -> store.uploadedBy(id)
				.ifPresent(employee -> notifications.notify(employee, Notifications.Kind.IMPORT_FINISHED,
						report(id).fileName(), failure, "/prospecting/manage/imports/" + id)));
		}
		catch (RuntimeException ex) {
			log.warn("Import {}: its uploader was not told: {}", id, ex.toString());
		}
	}

	private void claim(UUID id, ImportMode mode) {
		var now = clock.instant();
		if (!aside.execute(status -> store.claimRun(id, now, now.minus(STALE)))) {
			waiting(id);
			throw DomainException.conflict("import.running", "Import " + id + " is running");
		}
		audit.record("import", report(id).fileName(), mode.name());
	}

	private ImportReport runClaimed(UUID id, ColumnMapping mapping, ImportMode mode, boolean addToKnown) {
		working.add(id);
		try (var beating = beating(id)) {
			work.executeWithoutResult(status -> write(id, mapping, mode, addToKnown));
			var report = report(id);
			counted(report);
			return report;
		}
		catch (RuntimeException ex) {
			String code = ex instanceof ImportFileException refusal ? refusal.code() : null;
			String reason = ex instanceof ImportFileException refusal && refusal.args().length > 0
					? String.valueOf(refusal.args()[0]) : ex.getMessage() == null ? ex.toString() : ex.getMessage();
			aside.executeWithoutResult(status -> store.failed(id, code, reason));
			throw ex;
		}
		finally {
			working.remove(id);
		}
	}

	private void write(UUID id, ColumnMapping mapping, ImportMode mode, boolean addToKnown) {
		var upload = store.findUpload(id).orElseThrow(() -> DomainException.notFound("import.not-found", "No import " + id));
		var table = TabularFiles.open(upload.fileName(), () -> store.content(id), limits);
		var rows = new ProspectRow(table.headings(), mapping);
		store.enterGate(clock.instant());
		var known = companies.knownCompanies();
		var inFile = new DuplicatesInFile();
		var active = campaigns.all();
		var now = clock.instant();
		var counts = new Counts();
		var prospectIds = new SequentialIds(now);
		var toAdd = new ArrayList<ProspectRow.Valid>();
		long started = System.nanoTime();
		try (var problems = store.problemSpool(); var registration = companies.bulkRegistration();
				var prospects = store.prospectSpool(); var checks = new ParallelChecks<>(rows::check)) {
			checks.forEach(table, checked -> {
				counts.read++;
				if (checked instanceof ProspectRow.Skipped skipped) {
					counts.skipped++;
					store.spoolProblem(problems, id, skipped.note());
				}
				else if (checked instanceof ProspectRow.Rejected rejected) {
					counts.rejected++;
					rejected.problems().forEach(problem -> store.spoolProblem(problems, id, problem));
				}
				else if (checked instanceof ProspectRow.Valid valid) {
					var company = valid.company();
					var repeat = inFile.repeats(company, valid.nameKey(), valid.row());
					var knownBy = repeat.isPresent() ? Optional.<String>empty() : known.knownBy(company, valid.nameKey());
					if (repeat.isPresent()) {
						counts.duplicates++;
						store.spoolProblem(problems, id, RowProblem.duplicate(valid.row(), "duplicate-in-file." + repeat.get().by(),
								String.valueOf(repeat.get().row())));
					}
					else if (knownBy.isPresent()) {
						counts.duplicates++;
						store.spoolProblem(problems, id, RowProblem.duplicate(valid.row(), "duplicate-known." + knownBy.get(), null));
						if (addToKnown) {
							toAdd.add(valid);
						}
					}
					else {
						valid.warnings().forEach(warning -> store.spoolProblem(problems, id, warning));
						if (valid.warnings().stream().anyMatch(w -> w.kind() == RowProblem.Kind.WARNING)) {
							counts.warned++;
						}
						var facts = new SelectionCriteria.Facts(company.industry(),
								company.sizeBand() == null ? null : company.sizeBand().name(), company.region(), upload.fileName());
						store.spoolProspect(prospects, prospectIds, registration.add(company, valid.nameKey()), IMPORTED_PRIORITY, id, facts.source(),
								facts.industry(), facts.sizeBand(), facts.region(),
								campaigns.campaignFor(facts, active).orElse(null), now);
						counts.imported++;
					}
				}
				if (counts.read % PROGRESS_EVERY == 0) {
					aside.executeWithoutResult(status -> store.progress(id, counts.read, clock.instant()));
				}
			});
			long checked = System.nanoTime();
			boolean refused = mode == ImportMode.ALL_OR_NOTHING && counts.rejected > 0;
			if (!refused) {
				long toWrite = registration.rows() + prospects.rows();
				var writing = new PhaseProgress(id, "WRITING", toWrite);
				registration.load(writing::at);
				long companiesWritten = registration.rows();
				store.loadProspects(prospects, written -> writing.at(companiesWritten + written));
				for (var valid : toAdd) {
					companies.addToKnown(valid.company(), valid.nameKey()).filter(added -> !added.isEmpty()).ifPresent(added -> {
						counts.addedTo++;
						store.recordAdditions(id, added.phoneIds(), added.contactIds());
						store.spoolProblem(problems, id, RowProblem.note(valid.row(), "—", "added-to-known",
								String.join(", ", added.phones()) + (added.phones().isEmpty() || added.contacts().isEmpty() ? "" : "; ")
										+ String.join(", ", added.contacts())));
					});
				}
			}
			log.info("Import {}: {} rows read and checked in {} ms, {} written in {} ms", id, counts.read,
					(checked - started) / 1_000_000, refused ? 0 : counts.imported, (System.nanoTime() - checked) / 1_000_000);
			store.finish(id, refused ? "REFUSED" : "IMPORTED", mode, counts.read, refused ? 0 : counts.imported,
					counts.duplicates, counts.rejected, counts.skipped, refused ? 0 : counts.warned, counts.addedTo, problems,
					clock.instant());
		}
	}

	private static final class Counts {

		int read;

		int imported;

		int duplicates;

		int rejected;

		int warned;

		int addedTo;

		int skipped;

	}

	/**
	 * Takes back what an import brought in, except the prospects somebody has worked since, and answers
	 * when it is done; in one transaction, so a failure half-way takes nothing back.
	 */
	public ImportReport undo(UUID id) {
		claimUndo(id);
		return undoClaimed(id);
	}

	/** Starts taking an import back and returns at once; {@link #report} shows how far it has got. */
	public void undoInBackground(UUID id) {
		claimUndo(id);
		background.execute(() -> {
			try {
				undoClaimed(id);
			}
			catch (RuntimeException ex) {
				log.warn("Undoing import {} failed: {}", id, ex.toString());
			}
		});
	}

	private void claimUndo(UUID id) {
		var now = clock.instant();
		if (!aside.execute(status -> store.claimUndo(id, now, now.minus(STALE)))) {
			var report = report(id);
			throw DomainException.conflict("import.not-undoable", "Import " + id + " is " + report.status());
		}
		audit.record("import-undone", report(id).fileName(), null);
	}

	private ImportReport undoClaimed(UUID id) {
		working.add(id);
		try (var beating = beating(id)) {
			work.executeWithoutResult(status -> {
				var untouched = store.lockUntouchedProspects(id);
				var undoing = new PhaseProgress(id, "UNDOING", untouched.size());
				for (int from = 0; from < untouched.size(); from += UNDO_CHUNK) {
					var chunk = untouched.subList(from, Math.min(untouched.size(), from + UNDO_CHUNK));
					store.deleteProspects(chunk.stream().map(ImportStore.Brought::prospect).toList());
					companies.forget(chunk.stream().map(ImportStore.Brought::company).toList());
					undoing.at(from + chunk.size());
				}
				var added = store.additions(id);
				companies.takeBack(added.phones(), added.contacts());
				store.markUndone(id, untouched.size());
			});
			log.info("Import {} undone", id);
			return report(id);
		}
		catch (RuntimeException ex) {
			aside.executeWithoutResult(status -> store.undoFailed(id, ex.getMessage() == null ? ex.toString() : ex.getMessage()));
			throw ex;
		}
		finally {
			working.remove(id);
		}
	}

	/** A phase's progress, written aside (so others see it while the work's transaction is open) at most once a second. */
	private final class PhaseProgress {

		private final UUID id;

		private final String phase;

		private final long total;

		private long shownAt;

		PhaseProgress(UUID id, String phase, long total) {
			this.id = id;
			this.phase = phase;
			this.total = total;
			show(0);
		}

		void at(long done) {
			if (System.nanoTime() - shownAt >= 1_000_000_000L || done == total) {
				show(done);
			}
		}

		private void show(long done) {
			shownAt = System.nanoTime();
			aside.executeWithoutResult(status -> store.phase(id, phase, done, total, clock.instant()));
		}

	}

	/** Forgets an uploaded file that will not be run (a wrong file, or a run the API refused). */
	@Transactional
	public void discard(UUID id) {
		waiting(id);
		store.discardWaiting(id);
		log.info("Import {}: discarded before it ran", id);
	}

	/** Uploads nobody ran for a week are forgotten with their files, each night. */
	@Scheduled(cron = "0 30 3 * * *", zone = "Europe/Kyiv")
	@SchedulerLock(name = "abandoned-uploads")
	@Transactional
	public void forgetAbandonedUploads() {
		var abandoned = store.waitingSince(clock.instant().minus(ABANDONED));
		abandoned.forEach(store::discardWaiting);
		if (!abandoned.isEmpty()) {
			log.info("Imports: {} uploads left waiting for a week forgotten", abandoned.size());
		}
	}

	/**
	 * The import as it stands. A run or an undo whose process stopped (no heartbeat for {@link #STALE}; its
	 * transaction rolled back) is said to have stopped, and can be run or undone again.
	 */
	public ImportReport report(UUID id) {
		var report = store.report(id).orElseThrow(() -> DomainException.notFound("import.not-found", "No import " + id));
		if (report.running() && !working.contains(id)) {
			var staleBefore = clock.instant().minus(STALE);
			if (Boolean.TRUE.equals(aside.execute(status -> store.stopped(id, staleBefore)))) {
				log.warn("Import {}: its {} stopped with its process", id, report.status().equals("RUNNING") ? "run" : "undo");
				return store.report(id).orElseThrow();
			}
		}
		return report;
	}

	/** The rows of a finished run as {@code relay_import_rows_total{outcome=…}}. */
	private void counted(ImportReport report) {
		metrics.counter("relay.import.rows", "outcome", "imported").increment(report.imported());
		metrics.counter("relay.import.rows", "outcome", "duplicate").increment(report.duplicates());
		metrics.counter("relay.import.rows", "outcome", "rejected").increment(report.rejected());
		metrics.counter("relay.import.rows", "outcome", "skipped").increment(report.skipped());
	}

	/** Beats for the run or undo of this import until it ends (see {@link ImportHeartbeat}). */
	private ImportHeartbeat beating(UUID id) {
		return new ImportHeartbeat(id, heartbeat, () -> aside.executeWithoutResult(status -> store.alive(id, clock.instant())));
	}

	public List<ImportReport> latest() {
		return store.latest(50);
	}

	private ImportStore.Upload waiting(UUID id) {
		var upload = store.findUpload(id).orElseThrow(() -> DomainException.notFound("import.not-found", "No import " + id));
		if ("RUNNING".equals(upload.status())) {
			throw DomainException.conflict("import.running", "Import " + id + " is running");
		}
		if (!"UPLOADED".equals(upload.status())) {
			throw DomainException.conflict("import.already-run", "Import " + id + " has run already");
		}
		return upload;
	}

	private static ImportPreview preview(UUID id, String fileName, TabularFile table) {
		var first = table.firstRows(PREVIEW_ROWS).stream().map(FileRow::cells).toList();
		return new ImportPreview(id, fileName, table.format(), table.headings(), first,
				ColumnMapping.suggest(table.headings()).orElse(null));
	}

}
