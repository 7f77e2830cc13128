package ua.relay.platform.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ua.relay.platform.AuditTrail;
import ua.relay.platform.export.Downloads;
import ua.relay.platform.export.Table;

/** The audit trail for the administrator and the head: filtered by days, login and action; downloaded as CSV or XLSX. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

	/** A download holds at most this many lines, the newest. */
	static final int DOWNLOAD_LIMIT = 100_000;

	private final AuditTrail audit;

	private final Formats formats;

	AuditController(AuditTrail audit, Formats formats) {
		this.audit = audit;
		this.formats = formats;
	}

	@GetMapping
	String page(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var filter = new AuditTrail.Filter(from, to, actor, action);
		var entries = audit.list(filter, page);
		model.addAttribute("filter", filter);
		// the days as the fields show them, for the links that keep the filter (a link may call no bean)
		model.addAttribute("fromField", formats.dayField(from));
		model.addAttribute("toField", formats.dayField(to));
		model.addAttribute("entries", entries);
		model.addAttribute("actions", AuditTrail.ACTIONS.stream().sorted().toList());
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("more", entries.size() == AuditTrail.pageSize());
		return "platform/audit";
	}

	@GetMapping("/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String action) {
		var entries = audit.all(new AuditTrail.Filter(from, to, actor, action), DOWNLOAD_LIMIT);
		var rows = new ArrayList<List<Object>>();
		for (var e : entries) {
			rows.add(java.util.Arrays.asList(formats.dateTime(e.at()), e.actor(), e.actorName(), e.address(),
					text("audit.action." + e.action()), e.subject(), e.details()));
		}
		var header = List.of(text("audit.at"), text("audit.actor"), text("audit.actor-name"), text("audit.address"),
				text("audit.action"), text("audit.subject"), text("audit.details"));
		return Downloads.of(new Table("audit", header, rows), format, "audit");
	}

	private String text(String code) {
		return formats.message(code, List.of());
	}

}
