package ua.relay.platform.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import ua.relay.platform.AuditTrail;

@RestController
@RequestMapping("/api/v1/admin/audit")
@Tag(name = "Audit", description = "Who did what and when: the administrator's and the head's")
class AuditRestController {

	private final AuditTrail audit;

	AuditRestController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping
	@Operation(summary = "The audit trail, the newest first, a hundred lines a page",
			description = "Sign-ins (failed ones too, with the address), users created, passwords changed and reset, "
					+ "hires and leavers, the organisation model switched, reassignments, settings and commission plans "
					+ "changed, imports and undos, invoices, payments recorded and cancelled, files downloaded. "
					+ "from and to are days (yyyy-MM-dd, Europe/Kyiv), both included; page counts from 0.")
	List<AuditTrail.Entry> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(defaultValue = "0") int page) {
		return audit.list(new AuditTrail.Filter(from, to, actor, action), page);
	}

}
