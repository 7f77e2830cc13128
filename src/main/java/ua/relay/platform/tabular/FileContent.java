package ua.relay.platform.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An uploaded file that can be read from its start as often as needed, without being held in memory. */
@FunctionalInterface
public interface FileContent {

	InputStream open() throws IOException;

	static FileContent of(byte[] bytes) {
		return () -> new ByteArrayInputStream(bytes);
	}

}
