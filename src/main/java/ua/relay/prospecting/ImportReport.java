package ua.relay.prospecting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What an import did: rows read, imported, duplicates, rejected, and each row's problems. */
public record ImportReport(UUID importId, String fileName, String status, ImportMode mode, int rowsRead, int imported,
		int duplicates, int rejected, int undone, Instant uploadedAt, Instant finishedAt, List<RowProblem> problems) {

	public boolean undoable() {
		return "IMPORTED".equals(status) && imported > 0;
	}

}
