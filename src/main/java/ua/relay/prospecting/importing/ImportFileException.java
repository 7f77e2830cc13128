package ua.relay.prospecting.importing;

import ua.relay.platform.DomainException;

/** The file as a whole cannot be read: nothing of it is imported. */
public class ImportFileException extends DomainException {

	public ImportFileException(String code, String message) {
		super(Kind.INVALID, code, message);
	}

}
