package ua.relay.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import ua.relay.platform.AuditTrail;

/**
 * Every file handed out (a CSV or XLSX export to save, an invoice or a quote as a PDF to open, a calendar),
 * on a page or through the API, goes into the audit trail with its name and the address that asked for it.
 */
@Component
class DownloadsAudit implements HandlerInterceptor {

	private final AuditTrail audit;

	DownloadsAudit(AuditTrail audit) {
		this.audit = audit;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
		String disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
		if (ex != null || response.getStatus() >= 400 || disposition == null) {
			return;
		}
		String file = ContentDisposition.parse(disposition).getFilename();
		if (file == null) {
			return;
		}
		String query = request.getQueryString();
		audit.record("export", file, request.getRequestURI() + (query == null ? "" : "?" + query));
	}

}
