package ua.relay.conversion.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import ua.relay.conversion.CloserDay;
import ua.relay.conversion.MeetingFeed;
import ua.relay.platform.Actor;
import ua.relay.prospecting.LeadSupply;

/** The closer's day, and their meetings as a calendar feed for the phone. */
@Controller
class CloserDayController {

	private final CloserDay day;

	private final MeetingFeed feed;

	private final String baseUrl;

	private final LeadSupply supply;

	CloserDayController(CloserDay day, MeetingFeed feed, LeadSupply supply, @Value("${relay.base-url:}") String baseUrl) {
		this.supply = supply;
		this.day = day;
		this.feed = feed;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/conversion/day")
	String day(Actor actor, Model model) {
		model.addAttribute("day", day.of(actor));
		model.addAttribute("feedIssuedAt", feed.issuedAt(actor).orElse(null));
		if (actor.seesEverything()) {
			model.addAttribute("stock", supply.stock());
			model.addAttribute("supply", supply.days(3));
		}
		return "conversion/day";
	}

	/** A new secret address for the feed, shown once; the old one stops working. */
	@PostMapping("/conversion/day/calendar-feed")
	String issue(Actor actor, RedirectAttributes redirect) {
		String base = baseUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: baseUrl.replaceAll("/+$", "");
		redirect.addFlashAttribute("feedUrl", base + "/calendar/" + feed.issue(actor) + ".ics");
		return "redirect:/conversion/day#calendar-feed";
	}

	@PostMapping("/conversion/day/calendar-feed/stop")
	String stop(Actor actor, RedirectAttributes redirect) {
		feed.stop(actor);
		redirect.addFlashAttribute("message", "day.feed-stopped");
		return "redirect:/conversion/day#calendar-feed";
	}

	/** What the phone's calendar reads: no session there, the secret address is the key. */
	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> calendar(@PathVariable String token) {
		return feed.calendar(token)
			.map(ics -> ResponseEntity.ok()
				.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
				.header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
				.body(ics))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
