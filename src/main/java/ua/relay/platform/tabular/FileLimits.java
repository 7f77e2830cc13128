package ua.relay.platform.tabular;

/** How large an upload may be, and how much an XLSX (a zip) may unpack to: a zip bomb is refused early. */
public record FileLimits(long maxBytes, int maxZipEntries, long maxUnzippedBytes) {

	public static FileLimits standard() {
		return new FileLimits(256L * 1024 * 1024, 1_000, 1024L * 1024 * 1024);
	}

}
