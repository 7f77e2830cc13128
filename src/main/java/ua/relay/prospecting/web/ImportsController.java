package ua.relay.prospecting.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.prospecting.ColumnMapping;
import ua.relay.prospecting.ImportField;
import ua.relay.prospecting.ImportMode;
import ua.relay.prospecting.ProspectImports;
import ua.relay.prospecting.RowProblem;

/** The head's prospect lists: upload, map the columns on a preview, run, read the report, undo. */
@Controller
@RequestMapping("/prospecting/manage/imports")
class ImportsController {

	private final ProspectImports imports;

	private final MessageSource messages;

	ImportsController(ProspectImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("imports", imports.latest());
		return "prospecting/imports";
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file, Actor actor, RedirectAttributes redirect, Locale locale)
			throws IOException {
		try {
			var preview = imports.upload(file.getOriginalFilename(), file.getInputStream(), actor);
			return "redirect:/prospecting/manage/imports/" + preview.importId();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("fileProblem",
					messages.getMessage("problem." + ex.code(), ex.args(), ex.getMessage(), locale));
			return "redirect:/prospecting/manage/imports";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		var report = imports.report(id);
		if (report.running()) {
			model.addAttribute("report", report);
			return "prospecting/import-running";
		}
		if ("UPLOADED".equals(report.status())) {
			model.addAttribute("failure", report.failure());
			model.addAttribute("failureCode", report.failureCode());
			model.addAttribute("preview", imports.preview(id));
			model.addAttribute("fields", ImportField.values());
			model.addAttribute("modes", ImportMode.values());
			return "prospecting/import-preview";
		}
		model.addAttribute("report", report);
		return "prospecting/import-report";
	}

	/** While a run goes, its progress; once it has ended, the page reloads to show the outcome. */
	@GetMapping("/{id}/progress")
	String progress(@PathVariable UUID id, Model model, HttpServletRequest request, HttpServletResponse response) {
		var report = imports.report(id);
		if (!report.running()) {
			response.setHeader("HX-Redirect", request.getContextPath() + "/prospecting/manage/imports/" + id);
			return "prospecting/import-running :: nothing";
		}
		model.addAttribute("report", report);
		return "prospecting/import-running :: progress";
	}

	/** Runs the import with the columns chosen on the preview: a parameter per field, the column's index. */
	@PostMapping("/{id}/run")
	String run(@PathVariable UUID id, @RequestParam Map<String, String> form, @RequestParam ImportMode mode,
			@RequestParam(defaultValue = "false") boolean addToKnown, RedirectAttributes redirect) {
		var columns = new EnumMap<ImportField, Integer>(ImportField.class);
		for (ImportField field : ImportField.values()) {
			String column = form.get("column." + field.name());
			if (column != null && !column.isBlank()) {
				columns.put(field, Integer.parseInt(column));
			}
		}
		try {
			imports.runInBackground(id, new ColumnMapping(columns), mode, addToKnown);
		}
		catch (DomainException ex) {
			if (ex.kind() != DomainException.Kind.INVALID) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", "problem." + ex.code());
		}
		return "redirect:/prospecting/manage/imports/" + id;
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable UUID id, RedirectAttributes redirect) {
		imports.discard(id);
		redirect.addFlashAttribute("message", "import.discarded");
		return "redirect:/prospecting/manage/imports";
	}

	@PostMapping("/{id}/undo")
	String undo(@PathVariable UUID id) {
		imports.undoInBackground(id);
		return "redirect:/prospecting/manage/imports/" + id;
	}

	/** The report's rows as CSV for Excel: UTF-8 with a BOM, ; between cells, nothing a spreadsheet would run. */
	@GetMapping("/{id}/problems.csv")
	ResponseEntity<byte[]> problems(@PathVariable UUID id, Locale locale) {
		var report = imports.report(id);
		var out = new StringWriter();
		out.write('\uFEFF');
		try (var printer = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
			printer.printRecord(messages.getMessage("import.row", null, locale),
					messages.getMessage("import.kind", null, locale), messages.getMessage("import.column", null, locale),
					messages.getMessage("import.problem", null, locale));
			for (RowProblem p : report.problems()) {
				String problem = messages.getMessage("row-problem." + p.code(), new Object[] { p.value() }, p.problem(),
						locale);
				printer.printRecord(p.row(), messages.getMessage("import.kind." + p.kind(), null, locale), inert(p.column()),
						inert(problem));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("import-problems.csv", StandardCharsets.UTF_8).build().toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** A cell a spreadsheet would run as a formula is written with a leading apostrophe. */
	private static String inert(String cell) {
		return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

}
