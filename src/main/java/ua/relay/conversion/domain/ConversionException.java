package ua.relay.conversion.domain;

import ua.relay.platform.DomainException;

public class ConversionException extends DomainException {

	private ConversionException(Kind kind, String code, String message) {
		super(kind, code, message);
	}

	public static ConversionException notFound(String what, Object id) {
		return new ConversionException(Kind.NOT_FOUND, what + ".not-found", "No " + what + " " + id);
	}

	public static ConversionException notYours(String what, Object id) {
		return new ConversionException(Kind.FORBIDDEN, what + ".not-yours", "The " + what + " " + id + " is another closer's");
	}

	public static ConversionException transition(String what, Object id, Object from, Object to) {
		return new ConversionException(Kind.CONFLICT, what + ".transition",
				"The " + what + " " + id + " is " + from + " and cannot become " + to);
	}

	public static ConversionException alreadyDone(String what, Object id) {
		return new ConversionException(Kind.CONFLICT, what + ".done", "The " + what + " " + id + " is done already");
	}

	public static ConversionException invalid(String code, String message) {
		return new ConversionException(Kind.INVALID, code, message);
	}

	public static ConversionException changedMeanwhile(String what, Object id) {
		return new ConversionException(Kind.CONFLICT, what + ".changed", "The " + what + " " + id + " was changed meanwhile");
	}

}
