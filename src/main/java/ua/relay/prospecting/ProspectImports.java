package ua.relay.prospecting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.party.CompanyDirectory;
import ua.relay.party.NewCompany;
import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.prospecting.domain.DuplicatesInFile;
import ua.relay.prospecting.domain.ProspectRow;
import ua.relay.prospecting.domain.SelectionCriteria;
import ua.relay.prospecting.importing.FileLimits;
import ua.relay.prospecting.importing.TabularFile;
import ua.relay.prospecting.importing.TabularFiles;
import ua.relay.prospecting.jdbc.ImportStore;

/**
 * Prospect lists from CSV and XLSX files: upload and preview, map the columns, run. Every row is
 * checked and each problem reported; duplicates within the file and of companies Relay knows are left
 * out; the run is one transaction, so a failure half-way leaves the database as it was. An import is
 * undone as a whole, except the prospects someone has called meanwhile.
 */
@Service
public class ProspectImports {

	/** Imported prospects wait behind the hand-picked ones (lower numbers are called first). */
	static final int IMPORTED_PRIORITY = 100;

	private static final int PREVIEW_ROWS = 10;

	private static final int CHUNK = 1_000;

	private final ImportStore store;

	private final CompanyDirectory companies;

	private final Clock clock;

	private final Campaigns campaigns;

	private final FileLimits limits = FileLimits.standard();

	ProspectImports(ImportStore store, CompanyDirectory companies, Clock clock, Campaigns campaigns) {
		this.store = store;
		this.companies = companies;
		this.clock = clock;
		this.campaigns = campaigns;
	}

	/** Keeps the file until it is run, and shows how it reads; a file that cannot be read is refused now. */
	@Transactional
	public ImportPreview upload(String fileName, byte[] content, Actor actor) {
		var table = TabularFiles.open(fileName, content, limits);
		var id = UUID.randomUUID();
		store.insertUpload(id, fileName == null || fileName.isBlank() ? "upload" : fileName, content,
				actor.employeeId(), clock.instant());
		return preview(id, fileName, table);
	}

	public ImportPreview preview(UUID id) {
		var upload = waiting(id);
		return preview(id, upload.fileName(), TabularFiles.open(upload.fileName(), upload.content(), limits));
	}

	/** Runs an uploaded file with the mapping given; what it writes, it writes in this one transaction. */
	@Transactional
	public ImportReport run(UUID id, ColumnMapping mapping, ImportMode mode) {
		var upload = waiting(id);
		var table = TabularFiles.open(upload.fileName(), upload.content(), limits);
		var rows = new ProspectRow(table.headings(), mapping);
		var inFile = new DuplicatesInFile();
		var problems = new ArrayList<RowProblem>();
		var candidates = new ArrayList<ProspectRow.Valid>();
		int[] counts = new int[3]; // read, rejected, duplicates
		table.forEachRow(fileRow -> {
			counts[0]++;
			var checked = rows.check(fileRow);
			if (checked instanceof ProspectRow.Rejected rejected) {
				counts[1]++;
				problems.addAll(rejected.problems());
			}
			else if (checked instanceof ProspectRow.Valid valid) {
				inFile.repeats(valid.company(), valid.row()).ifPresentOrElse(repeat -> {
					counts[2]++;
					problems.add(new RowProblem(valid.row(), "—", "duplicate-in-file." + repeat.by(),
							String.valueOf(repeat.row())));
				}, () -> candidates.add(valid));
			}
		});
		var fresh = new ArrayList<NewCompany>();
		for (int from = 0; from < candidates.size(); from += CHUNK) {
			var chunk = candidates.subList(from, Math.min(candidates.size(), from + CHUNK));
			var known = companies.known(chunk.stream().map(ProspectRow.Valid::company).toList());
			for (int i = 0; i < chunk.size(); i++) {
				if (known.containsKey(i)) {
					counts[2]++;
					problems.add(new RowProblem(chunk.get(i).row(), "—", "duplicate-known." + known.get(i), null));
				}
				else {
					fresh.add(chunk.get(i).company());
				}
			}
		}
		problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
		boolean refused = mode == ImportMode.ALL_OR_NOTHING && counts[1] > 0;
		if (!refused) {
			var active = campaigns.all();
			for (int from = 0; from < fresh.size(); from += CHUNK) {
				var chunk = fresh.subList(from, Math.min(fresh.size(), from + CHUNK));
				var created = companies.registerAllNew(chunk);
				var queued = new ArrayList<ImportStore.Queued>(chunk.size());
				for (int i = 0; i < chunk.size(); i++) {
					var c = chunk.get(i);
					var facts = new SelectionCriteria.Facts(c.industry(), c.sizeBand() == null ? null : c.sizeBand().name(),
							c.region(), upload.fileName());
					queued.add(new ImportStore.Queued(created.get(i), facts, campaigns.campaignFor(facts, active).orElse(null)));
				}
				store.insertProspects(queued, IMPORTED_PRIORITY, id);
			}
		}
		int imported = refused ? 0 : fresh.size();
		if (!store.finish(id, refused ? "REFUSED" : "IMPORTED", mode, counts[0], imported, counts[2], counts[1],
				problems, clock.instant())) {
			throw DomainException.conflict("import.already-run", "Import " + id + " has run already");
		}
		return report(id);
	}

	/** Takes back what an import brought in, except the prospects somebody has worked since. */
	@Transactional
	public ImportReport undo(UUID id) {
		var report = report(id);
		if (!report.undoable()) {
			throw DomainException.conflict("import.not-undoable", "Import " + id + " is " + report.status());
		}
		var untouched = store.deleteUntouchedProspects(id);
		companies.forget(untouched);
		store.markUndone(id, untouched.size());
		return report(id);
	}

	public ImportReport report(UUID id) {
		return store.report(id).orElseThrow(() -> DomainException.notFound("import.not-found", "No import " + id));
	}

	public List<ImportReport> latest() {
		return store.latest(50);
	}

	private ImportStore.Upload waiting(UUID id) {
		var upload = store.findUpload(id).orElseThrow(() -> DomainException.notFound("import.not-found", "No import " + id));
		if (!"UPLOADED".equals(upload.status())) {
			throw DomainException.conflict("import.already-run", "Import " + id + " has run already");
		}
		return upload;
	}

	private static ImportPreview preview(UUID id, String fileName, TabularFile table) {
		var first = new ArrayList<List<String>>();
		try {
			table.forEachRow(row -> {
				if (first.size() < PREVIEW_ROWS) {
					first.add(row.cells());
				}
				else {
					throw new PreviewFull();
				}
			});
		}
		catch (PreviewFull enough) {
			// the preview needs only the first rows
		}
		return new ImportPreview(id, fileName, table.format(), table.headings(), first,
				ColumnMapping.suggest(table.headings()).orElse(null));
	}

	private static final class PreviewFull extends RuntimeException {

		PreviewFull() {
			super(null, null, false, false);
		}

	}

}
