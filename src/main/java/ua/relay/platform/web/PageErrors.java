package ua.relay.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;

import ua.relay.platform.DomainException;

/**
 * What a person sees when a page's request fails, so that no failure is silent:
 * <ul>
 * <li>a form the rules refused goes back to the page it came from, with each reason next to its field and
 * what was typed kept ({@link FormProblem});</li>
 * <li>a record that does not exist, one that is not yours, an address that leads nowhere: the error page
 * in the layout, with the right status and a message in the reader's language;</li>
 * <li>an htmx request for a part of a page: the message in the page's alert area, not in the part.</li>
 * </ul>
 * The JSON API answers with problem details instead ({@link ApiProblems}); an address under
 * {@code /api/} that leads nowhere gets one here too.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	/** Never sent back to the page: the form's own token and version, and anything secret. */
	private static final Set<String> NOT_KEPT = Set.of("_csrf", "version", "password", "newPassword", "code", "token");

	private static final int KEPT_VALUE_LENGTH = 4_000;

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	Object domain(DomainException ex, HttpServletRequest request, HttpServletResponse response) {
		var status = ApiProblems.statusOf(ex.kind());
		String message = problemText(ex);
		boolean aboutTheForm = ex.kind() == DomainException.Kind.INVALID || ex.kind() == DomainException.Kind.CONFLICT;
		if (aboutTheForm && isFormPost(request)) {
			return backToTheForm(request, new FormProblem(request.getRequestURI(), message, Map.of(), keptValues(request)),
					fieldOf(ex.code(), request), message);
		}
		return page(request, response, status, message, ex.code());
	}

	@ExceptionHandler(BindException.class)
	Object invalid(BindException ex, HttpServletRequest request, HttpServletResponse response) {
		var locale = LocaleContextHolder.getLocale();
		var fields = new LinkedHashMap<String, String>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			fields.putIfAbsent(error.getField(), messages.getMessage(error, locale));
		}
		String message = ex.getBindingResult().getGlobalErrors().stream()
			.map(error -> messages.getMessage(error, locale))
			.findFirst()
			.orElse(null);
		if (isFormPost(request)) {
			return backToTheForm(request, new FormProblem(request.getRequestURI(), message, fields, keptValues(request)), null, null);
		}
		return page(request, response, HttpStatus.BAD_REQUEST,
				message != null ? message : String.join(" ", fields.values()), "request.invalid");
	}

	/** A record's id that is no id ({@code /conversion/deals/abc}) names nothing: not found. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request, HttpServletResponse response) {
		if (ex.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
			return page(request, response, HttpStatus.NOT_FOUND, text("error.404"), "request.not-found");
		}
		// the message a form's field of this type gets ("a date is needed here, e.g. 01.12.2026")
		var type = ex.getRequiredType();
		String message = messages.getMessage("typeMismatch." + (type == null ? "" : type.getName()), null,
				text("problem.request.value"), LocaleContextHolder.getLocale());
		if (isFormPost(request)) {
			return backToTheForm(request, new FormProblem(request.getRequestURI(), null, Map.of(ex.getName(), message),
					keptValues(request)), null, null);
		}
		return page(request, response, HttpStatus.BAD_REQUEST, message, "request.invalid");
	}

	/** A field the form must have was left empty (or never sent): said next to it. */
	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missing(MissingServletRequestParameterException ex, HttpServletRequest request, HttpServletResponse response) {
		String message = text("problem.request.required");
		if (isFormPost(request)) {
			return backToTheForm(request, new FormProblem(request.getRequestURI(), null, Map.of(ex.getParameterName(), message),
					keptValues(request)), null, null);
		}
		return page(request, response, HttpStatus.BAD_REQUEST, message, "request.invalid");
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	Object incomplete(HandlerMethodValidationException ex, HttpServletRequest request, HttpServletResponse response) {
		String message = text("error.400");
		if (isFormPost(request)) {
			return backToTheForm(request, new FormProblem(request.getRequestURI(), message, Map.of(), keptValues(request)),
					null, null);
		}
		return page(request, response, HttpStatus.BAD_REQUEST, message, "request.invalid");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
		return page(request, response, HttpStatus.CONTENT_TOO_LARGE, text("error.413"), "request.too-large");
	}

	/** An address that leads nowhere; under {@code /api/} the answer is a problem like every API error. */
	@ExceptionHandler(NoResourceFoundException.class)
	Object nowhere(HttpServletRequest request, HttpServletResponse response) {
		return page(request, response, HttpStatus.NOT_FOUND, text("error.404"), "request.not-found");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object wrongMethod(HttpServletRequest request, HttpServletResponse response) {
		return page(request, response, HttpStatus.METHOD_NOT_ALLOWED, text("error.405"), "request.method");
	}

	private Object page(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message,
			String code) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(status).body(ApiProblems.problem(status, code, message));
		}
		response.setStatus(status.value());
		boolean part = "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-Boosted"));
		if (part) { // a part of a page asked for: the message goes to the page's alert area, not into the part
			response.setHeader("HX-Retarget", "#alerts");
			response.setHeader("HX-Reswap", "innerHTML");
		}
		var view = new ModelAndView(part ? "fragments/alert :: alert" : "error");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("message", message);
		view.addObject("code", code);
		return view;
	}

	/**
	 * Back to the page the form was on (the same site's page that sent it), where the layout shows the
	 * problem; a form sent from anywhere else gets the error page.
	 */
	private Object backToTheForm(HttpServletRequest request, FormProblem problem, String codeField, String codeMessage) {
		var fields = new LinkedHashMap<>(problem.fields());
		if (codeField != null) {
			fields.put(codeField, codeMessage); // "payment.amount" is about the field "amount": say it there
			problem = new FormProblem(problem.path(), null, fields, problem.values());
		}
		var back = sameSiteReferer(request);
		if (back == null) {
			var view = new ModelAndView("error", HttpStatus.UNPROCESSABLE_CONTENT);
			view.addObject("status", HttpStatus.UNPROCESSABLE_CONTENT.value());
			view.addObject("message", problem.message() != null ? problem.message() : String.join(" ", fields.values()));
			return view;
		}
		RequestContextUtils.getOutputFlashMap(request).put("formProblem", problem);
		return new ModelAndView("redirect:" + back);
	}

	private static String sameSiteReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			var uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return null;
			}
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return null;
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The field a refusal is about, by its code: "payment.amount" and "payment.amount-above-due" are about
	 * the form's field "amount", when the form has one.
	 */
	private static String fieldOf(String code, HttpServletRequest request) {
		String last = code.substring(code.lastIndexOf('.') + 1);
		String stem = last.contains("-") ? last.substring(0, last.indexOf('-')) : last;
		var sent = request.getParameterMap();
		return sent.containsKey(last) ? last : sent.containsKey(stem) ? stem : null;
	}

	/**
	 * A form sent from a page: any POST to a page's address, and a GET from a page's own filter form (the page
	 * asks itself again: its referer is the same page).
	 */
	private static boolean isFormPost(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return false;
		}
		if ("POST".equals(request.getMethod())) {
			return true;
		}
		String back = sameSiteReferer(request);
		return "GET".equals(request.getMethod()) && back != null
				&& back.replaceFirst("\\?.*$", "").equals(request.getRequestURI());
	}

	private static Map<String, String> keptValues(HttpServletRequest request) {
		var values = new LinkedHashMap<String, String>();
		request.getParameterMap().forEach((name, sent) -> {
			if (!NOT_KEPT.contains(name) && sent.length > 0 && sent[0] != null) {
				values.put(name, sent[0].length() > KEPT_VALUE_LENGTH ? sent[0].substring(0, KEPT_VALUE_LENGTH) : sent[0]);
			}
		});
		return values;
	}

	/** The refusal in the reader's words: its own message, else what refusals of its kind mean. */
	private String problemText(DomainException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		String general = messages.getMessage("problem.kind." + ex.kind().name(), null, locale);
		return messages.getMessage("problem." + ex.code(), readable(ex.args(), locale), general, locale);
	}

	/** A refusal's arguments as the reader writes them: dates dd.MM.yyyy, amounts "45 000,50". */
	private static Object[] readable(Object[] args, Locale locale) {
		var readable = args.clone();
		for (int i = 0; i < readable.length; i++) {
			if (readable[i] instanceof java.time.LocalDate day) {
				readable[i] = Formats.DATE.format(day);
			}
			else if (readable[i] instanceof java.math.BigDecimal amount) {
				readable[i] = TypedNumbers.format(amount, locale, 2, 2);
			}
		}
		return readable;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
