package ua.relay.prospecting.rest;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.prospecting.ColumnMapping;
import ua.relay.prospecting.ImportField;
import ua.relay.prospecting.ImportMode;
import ua.relay.prospecting.ImportPreview;
import ua.relay.prospecting.ImportReport;
import ua.relay.prospecting.ProspectImports;

@RestController
@RequestMapping("/api/v1/prospecting/imports")
@Tag(name = "Tier 1: prospect imports", description = "Prospect lists from CSV (UTF-8, Windows-1251 or UTF-16) and XLSX")
class ImportRestController {

	private static final TypeReference<Map<String, String>> MAPPING = new TypeReference<>() {
	};

	private final ProspectImports imports;

	private final JsonMapper json = JsonMapper.builder().build();

	ImportRestController(ProspectImports imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Import a prospect list in one go and get its report",
			description = "Rows with problems are reported one by one. VALID_ROWS imports the rows that passed; "
					+ "ALL_OR_NOTHING imports nothing unless all passed. Duplicates (within the file and of known "
					+ "companies) are left out.")
	ImportReport importFile(@RequestPart("file") MultipartFile file,
			@Parameter(description = "JSON object from field to the file's heading, e.g. {\"NAME\":\"Назва\",\"PHONE\":\"Телефон\"}; "
					+ "without it the headings are recognised") @RequestParam(required = false) String mapping,
			@RequestParam(defaultValue = "VALID_ROWS") ImportMode mode,
			@Parameter(description = "a row of a company Relay knows adds to it the phones and contacts it did not have")
			@RequestParam(defaultValue = "false") boolean addToKnown, Actor actor) throws IOException {
		var preview = imports.upload(file.getOriginalFilename(), file.getInputStream(), actor);
		try {
			return imports.run(preview.importId(), columns(preview, mapping), mode, addToKnown);
		}
		catch (RuntimeException ex) {
			// through the API nobody comes back to a waiting upload: it goes with the refusal
			imports.discard(preview.importId());
			throw ex;
		}
	}

	private ColumnMapping columns(ImportPreview preview, String mapping) {
		if (mapping == null || mapping.isBlank()) {
			if (preview.suggested() == null) {
				throw DomainException.invalid("import.mapping-incomplete",
						"The headings " + preview.headings() + " do not say which column is the name and which the phone; send a mapping");
			}
			return preview.suggested();
		}
		return ColumnMapping.byHeadings(parse(mapping), preview.headings());
	}

	@GetMapping("/{id}")
	@Operation(summary = "An import's report")
	ImportReport report(@PathVariable UUID id) {
		return imports.report(id);
	}

	@PostMapping("/{id}/undo")
	@Operation(summary = "Undo an import: its prospects that nobody has called yet are removed with their companies")
	ImportReport undo(@PathVariable UUID id) {
		return imports.undo(id);
	}

	private Map<ImportField, String> parse(String mapping) {
		try {
			var byHeading = new EnumMap<ImportField, String>(ImportField.class);
			json.readValue(mapping, MAPPING).forEach((field, heading) -> byHeading.put(ImportField.valueOf(field), heading));
			return byHeading;
		}
		catch (RuntimeException ex) {
			throw DomainException.invalid("import.mapping-invalid", "The mapping is not a JSON object of fields "
					+ java.util.Arrays.toString(ImportField.values()) + " to headings: " + ex.getMessage());
		}
	}

}
