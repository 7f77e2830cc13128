package ua.relay.prospecting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an import did: rows read, imported (of them, with a warning), duplicates (of them, known companies
 * that got new phones or contacts), rejected, skipped (hidden in the workbook), and each row's problems,
 * warnings and notes; while it runs or is undone, its phase (checking, writing, undoing) and how far that
 * has got; after a run or an undo that failed (and left nothing behind), why.
 */
public record ImportReport(UUID importId, String fileName, String status, ImportMode mode, int rowsRead, int rowsDone,
		int imported, int duplicates, int rejected, int skipped, int warned, int addedToKnown, int undone,
		Instant uploadedAt, Instant finishedAt, String failure, String failureCode, String phase, int phaseDone, int phaseTotal,
		List<RowProblem> problems) {

	/** Running or being undone: the page shows the progress. */
	public boolean running() {
		return "RUNNING".equals(status) || "UNDOING".equals(status);
	}

	public boolean undoable() {
		return "IMPORTED".equals(status) && (imported > 0 || addedToKnown > 0);
	}

}
