package ua.relay.prospecting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an import did: rows read, imported (of them, with a warning), duplicates (of them, known companies
 * that got new phones or contacts), rejected, skipped (hidden in the workbook), and each row's
 * problems, warnings and notes; while it
 * runs, how many rows it has done; after a run that failed (and left nothing behind), why.
 */
public record ImportReport(UUID importId, String fileName, String status, ImportMode mode, int rowsRead, int rowsDone,
		int imported, int duplicates, int rejected, int skipped, int warned, int addedToKnown, int undone, Instant uploadedAt, Instant finishedAt, String failure,
		List<RowProblem> problems) {

	public boolean running() {
		return "RUNNING".equals(status);
	}

	public boolean undoable() {
		return "IMPORTED".equals(status) && (imported > 0 || addedToKnown > 0);
	}

}
