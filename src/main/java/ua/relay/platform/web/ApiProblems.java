package ua.relay.platform.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import ua.relay.platform.DomainException;

/** Errors of the JSON API as RFC 9457 problem details, each with a stable {@code code}. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems {

	@ExceptionHandler(DomainException.class)
	ProblemDetail domain(DomainException ex) {
		return problem(statusOf(ex.kind()), ex.code(), ex.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "access.denied", "Access denied");
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		var problem = problem(HttpStatus.BAD_REQUEST, "request.invalid", "The request is not valid");
		problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
			.map(e -> e.getField() + ": " + e.getDefaultMessage()).toList());
		return problem;
	}

	static HttpStatus statusOf(DomainException.Kind kind) {
		return switch (kind) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
		};
	}

	private static ProblemDetail problem(HttpStatus status, String code, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		// a code is meant to be a token, but one with a stray character must not turn a refusal into a 500
		problem.setType(URI.create("urn:relay:problem:" + URLEncoder.encode(code, StandardCharsets.UTF_8)));
		problem.setProperty("code", code);
		return problem;
	}

}
