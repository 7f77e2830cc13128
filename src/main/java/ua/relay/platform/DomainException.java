package ua.relay.platform;

/**
 * A business rule said no. The {@link #code()} is stable and goes to API clients; the
 * {@link #kind()} decides the HTTP status.
 */
public class DomainException extends RuntimeException {

	public enum Kind {

		NOT_FOUND, CONFLICT, INVALID, FORBIDDEN, UNAUTHORIZED

	}

	private final String code;

	private final Kind kind;

	private final Object[] args;

	protected DomainException(Kind kind, String code, String message, Object... args) {
		super(message);
		this.kind = kind;
		this.code = code;
		this.args = args.clone();
	}

	public static DomainException notFound(String code, String message) {
		return new DomainException(Kind.NOT_FOUND, code, message);
	}

	/** {@code args}: what the reader's message for the code names ("still due: {0}"). */
	public static DomainException conflict(String code, String message, Object... args) {
		return new DomainException(Kind.CONFLICT, code, message, args);
	}

	/** {@code args}: what the reader's message for the code names ("still due: {0}"). */
	public static DomainException invalid(String code, String message, Object... args) {
		return new DomainException(Kind.INVALID, code, message, args);
	}

	public static DomainException forbidden(String code, String message) {
		return new DomainException(Kind.FORBIDDEN, code, message);
	}

	/** The caller could not prove who it is (a machine's signature or token is wrong). */
	public static DomainException unauthorized(String code, String message) {
		return new DomainException(Kind.UNAUTHORIZED, code, message);
	}

	public String code() {
		return code;
	}

	public Kind kind() {
		return kind;
	}

	/** The arguments of the reader's message for the code, e.g. the amount still due. */
	public Object[] args() {
		return args.clone();
	}

}
