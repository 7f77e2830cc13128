package ua.relay.accounts.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.accounts.ClientField;
import ua.relay.accounts.ClientImports;
import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;

/** The head brings in the existing clients from a file: upload, preview with the columns, run, report, undo. */
@Controller
@RequestMapping("/accounts/manage/client-imports")
class ClientImportsController {

	private final ClientImports imports;

	private final MessageSource messages;

	ClientImportsController(ClientImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("imports", imports.latest());
		return "accounts/client-imports";
	}

	@PostMapping
	String upload(@RequestParam(value = "file", required = false) MultipartFile file, Actor actor,
			RedirectAttributes redirect, Locale locale) throws IOException {
		try {
			var preview = imports.upload(file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes(), actor);
			return "redirect:/accounts/manage/client-imports/" + preview.id();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("fileProblem",
					messages.getMessage("problem." + ex.code(), ex.args(), ex.getMessage(), locale));
			return "redirect:/accounts/manage/client-imports";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		var report = imports.report(id);
		if ("UPLOADED".equals(report.status())) {
			model.addAttribute("preview", imports.preview(id));
			model.addAttribute("fields", ClientField.values());
			model.addAttribute("kind", "client");
			model.addAttribute("base", "/accounts/manage/client-imports");
			return "platform/import-preview";
		}
		model.addAttribute("report", report);
		return "accounts/client-import-report";
	}

	@PostMapping("/{id}/run")
	String run(@PathVariable UUID id, @RequestParam Map<String, String> columns, Actor actor) {
		imports.run(id, ClientImports.mapping(columns), actor);
		return "redirect:/accounts/manage/client-imports/" + id;
	}

	@PostMapping("/{id}/undo")
	String undo(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		imports.undo(id, actor);
		redirect.addFlashAttribute("message", "client-import.undone-message");
		return "redirect:/accounts/manage/client-imports/" + id;
	}

}
