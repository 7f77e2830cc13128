package ua.relay.platform.tabular;

import ua.relay.platform.DomainException;

/**
 * The file as a whole cannot be read: nothing of it is imported. The message is for logs and the API;
 * pages say it in the reader's language by the code, with {@code args}.
 */
public class ImportFileException extends DomainException {

	public ImportFileException(String code, String message, Object... args) {
		super(Kind.INVALID, code, message, args);
	}

}
