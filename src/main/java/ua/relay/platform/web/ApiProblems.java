package ua.relay.platform.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import ua.relay.platform.DomainException;

/**
 * Errors of the JSON API as RFC 9457 problem details, each with a stable {@code code}: the business
 * rules' own codes, and one per kind of malformed request. Ordered before {@link PageErrors}, which
 * answers the pages.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler(DomainException.class)
	ProblemDetail domain(DomainException ex) {
		return problem(statusOf(ex.kind()), ex.code(), ex.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "access.denied", "Access denied");
	}

	/** A record's id that is no id names nothing (404); any other value of the wrong type is a bad request. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		if (ex.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
			return problem(HttpStatus.NOT_FOUND, "request.not-found", "No " + ex.getName() + " " + ex.getValue());
		}
		return problem(HttpStatus.BAD_REQUEST, "request.invalid", "'" + ex.getName() + "' cannot be " + ex.getValue());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var problem = problem(HttpStatus.BAD_REQUEST, "request.invalid", "The request is not valid");
		problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
			.map(e -> e.getField() + ": " + e.getDefaultMessage()).toList());
		return ResponseEntity.badRequest().headers(headers).body(problem);
	}

	/** Every other malformed request (unreadable body, missing parameter, wrong method…) with a code of its status. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && (problem.getProperties() == null
				|| !problem.getProperties().containsKey("code"))) {
			String code = switch (status.value()) {
				case 400 -> "request.invalid";
				case 404 -> "request.not-found";
				case 405 -> "request.method";
				case 406, 415 -> "request.media-type";
				case 413 -> "request.too-large";
				default -> status.is5xxServerError() ? "server.error" : "request.refused";
			};
			problem.setType(type(code));
			problem.setProperty("code", code);
		}
		return super.createResponseEntity(body, headers, status, request);
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

	static ProblemDetail problem(HttpStatus status, String code, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(code));
		problem.setProperty("code", code);
		return problem;
	}

	/** A code is meant to be a token, but one with a stray character must not turn a refusal into a 500. */
	private static URI type(String code) {
		return URI.create("urn:relay:problem:" + URLEncoder.encode(code, StandardCharsets.UTF_8));
	}

}
