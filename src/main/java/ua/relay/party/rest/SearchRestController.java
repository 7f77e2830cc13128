package ua.relay.party.rest;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ua.relay.party.Search;
import ua.relay.party.SearchHit;
import ua.relay.platform.Actor;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "One box for companies, clients, deals, leads, prospects, quotes and invoices")
class SearchRestController {

	private final Search search;

	SearchRestController(Search search) {
		this.search = search;
	}

	record Hit(SearchHit.Kind kind, UUID companyId, UUID recordId, String title, String detail, String path) {
	}

	record Found(String query, List<Hit> hits) {
	}

	@GetMapping
	@Operation(summary = "Search what I may see",
			description = "By a company's name (misspellings and hyphens forgiven), EDRPOU or tax number, a phone in any "
					+ "format, a contact's name, a quote's or an invoice's number. Only what the caller may open is found: "
					+ "a salesperson's own prospects, leads, deals and clients; the head and the administrator, everything. "
					+ "Grouped by kind, at most " + Search.PER_KIND + " of each; fewer than two characters find nothing.")
	Found search(@RequestParam(name = "q", defaultValue = "") String query, Actor actor) {
		var result = search.find(query, actor);
		return new Found(result.query(), result.hits().stream()
			.map(h -> new Hit(h.kind(), h.companyId(), h.recordId(), h.title(), h.detail(), h.path()))
			.toList());
	}

}
