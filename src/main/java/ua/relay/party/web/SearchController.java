package ua.relay.party.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import ua.relay.party.Search;
import ua.relay.platform.Actor;

/** The search box in the top bar: as you type, its list under the box; on Enter, the whole page. */
@Controller
class SearchController {

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", defaultValue = "") String query, Actor actor, HtmxRequest htmx, Model model) {
		model.addAttribute("result", search.find(query, actor));
		boolean fromTheBox = htmx.isHtmxRequest() && "search-box".equals(htmx.getTriggerId());
		return fromTheBox ? "party/search :: results" : "party/search";
	}

}
