package ua.relay.prospecting;

import java.util.List;
import java.util.UUID;

/** An uploaded file before it runs: how it was read, its headings, its first rows, the suggested mapping. */
public record ImportPreview(UUID importId, String fileName, String format, List<String> headings,
		List<List<String>> firstRows, ColumnMapping suggested) {
}
