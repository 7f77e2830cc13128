package ua.relay.accounts.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.accounts.Cadence;
import ua.relay.accounts.ClientRhythm;
import ua.relay.accounts.ClientView;
import ua.relay.accounts.Playbook;
import ua.relay.accounts.Portfolio;
import ua.relay.accounts.ReminderResult;
import ua.relay.accounts.Segments;
import ua.relay.accounts.domain.RfmSegment;
import ua.relay.platform.Actor;

@Controller
@RequestMapping("/accounts/clients")
class ClientsController {

	private final Portfolio portfolio;

	private final Cadence cadence;

	private final Segments segments;

	private final Playbook playbook;

	ClientsController(Portfolio portfolio, Cadence cadence, Segments segments, Playbook playbook) {
		this.playbook = playbook;
		this.portfolio = portfolio;
		this.cadence = cadence;
		this.segments = segments;
	}

	/** A row of the portfolio: the client, its rhythm and its RFM segment (either may be unknown). */
	record PortfolioRow(ClientView client, ClientRhythm rhythm, Segments.ClientSegment segment) {

		public LocalDate next() {
			return rhythm == null ? LocalDate.MAX : rhythm.nextExpected();
		}

		public LocalDate last() {
			return rhythm == null ? LocalDate.MIN : rhythm.lastPurchase();
		}

		public BigDecimal revenue() {
			return segment == null ? BigDecimal.ZERO : segment.revenueInYear();
		}

	}

	/** The portfolio, filtered by industry, segment and state (due, at risk), sorted as asked (next purchase first). */
	@GetMapping
	String clients(@RequestParam(required = false) String industry, @RequestParam(required = false) RfmSegment segment,
			@RequestParam(defaultValue = "all") String state, @RequestParam(defaultValue = "next") String sort, Actor actor,
			Model model) {
		var rhythms = cadence.all();
		var scores = new HashMap<UUID, Segments.ClientSegment>();
		segments.of(actor).forEach(c -> scores.put(c.clientId(), c));
		var all = portfolio.clients(actor).stream()
			.map(c -> new PortfolioRow(c, rhythms.get(c.id()), scores.get(c.id())))
			.toList();
		var rows = all.stream()
			.filter(r -> industry == null || industry.isBlank() || industry.equals(r.client().company().industry()))
			.filter(r -> segment == null || (r.segment() != null && r.segment().segment() == segment))
			.filter(r -> switch (state) {
				case "due" -> r.rhythm() != null && r.rhythm().due();
				case "at-risk" -> r.rhythm() != null && r.rhythm().atRisk();
				default -> true;
			})
			.sorted(switch (sort) {
				case "revenue" -> Comparator.comparing(PortfolioRow::revenue).reversed();
				case "last" -> Comparator.comparing(PortfolioRow::last).reversed();
				case "name" -> Comparator.comparing((PortfolioRow r) -> r.client().company().displayName());
				default -> Comparator.comparing(PortfolioRow::next);
			})
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("clients", all);
		model.addAttribute("industries", all.stream().map(r -> r.client().company().industry()).filter(java.util.Objects::nonNull)
			.distinct().sorted().toList());
		model.addAttribute("segmentValues", RfmSegment.values());
		model.addAttribute("filter", java.util.Map.of("industry", industry == null ? "" : industry, "segment",
				segment == null ? "" : segment.name(), "state", state, "sort", sort));
		var reminders = cadence.reminders(actor);
		model.addAttribute("reminders", reminders);
		var advice = new HashMap<UUID, Playbook.Advice>();
		reminders.forEach(r -> playbook.adviceFor(r.clientId(), actor).ifPresent(a -> advice.put(r.clientId(), a)));
		model.addAttribute("advice", advice);
		return "accounts/clients";
	}

	record ReminderDoneForm(@NotNull ReminderResult result, @Size(max = 500) String note) {
	}

	/** The account manager acted on a reminder and says what came of it; the page offers to undo it. */
	@PostMapping("/reminders/{id}/done")
	String reminderDone(@PathVariable UUID id, @Valid ReminderDoneForm form, Actor actor, RedirectAttributes redirect) {
		cadence.done(id, form.result(), form.note(), actor);
		redirect.addFlashAttribute("reminderDone", id);
		redirect.addFlashAttribute("reminderResult", form.result());
		return "redirect:/accounts/clients";
	}

	/** A reminder marked done by mistake, open again. */
	@PostMapping("/reminders/{id}/reopen")
	String reminderReopened(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		cadence.reopen(id, actor);
		redirect.addFlashAttribute("message", "reminder.reopened");
		return "redirect:/accounts/clients";
	}

}
