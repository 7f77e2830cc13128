package ua.relay.platform.export;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import ua.relay.platform.DomainException;

/** A table as the file a person downloads: CSV or XLSX, named for what it holds. */
public final class Downloads {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	/** {@code format} is csv or xlsx; {@code name} the file's name without its extension. */
	public static ResponseEntity<byte[]> of(Table table, String format, String name) {
		boolean csv = "csv".equals(format);
		if (!csv && !"xlsx".equals(format)) {
			throw DomainException.notFound("export.format", "Tables download as csv or xlsx, not " + format);
		}
		return file(csv ? table.csv() : table.xlsx(), csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX,
				name + "." + format);
	}

	public static ResponseEntity<byte[]> file(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
