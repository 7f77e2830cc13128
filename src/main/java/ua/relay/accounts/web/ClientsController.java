package ua.relay.accounts.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.accounts.Billing;
import ua.relay.accounts.Cadence;
import ua.relay.accounts.ClientRhythm;
import ua.relay.accounts.ClientView;
import ua.relay.accounts.Playbook;
import ua.relay.accounts.Portfolio;
import ua.relay.accounts.ReminderResult;
import ua.relay.accounts.Segments;
import ua.relay.accounts.domain.RfmSegment;
import ua.relay.platform.Actor;
import ua.relay.platform.ListPage;
import ua.relay.platform.export.Downloads;
import ua.relay.platform.export.Table;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;

@Controller
@RequestMapping("/accounts/clients")
class ClientsController {

	private final Portfolio portfolio;

	private final Cadence cadence;

	private final Segments segments;

	private final Playbook playbook;

	private final Billing billing;

	private final Staff staff;

	private final Responsibilities responsibilities;

	ClientsController(Portfolio portfolio, Cadence cadence, Segments segments, Playbook playbook, Billing billing,
			Staff staff, Responsibilities responsibilities) {
		this.responsibilities = responsibilities;
		this.staff = staff;
		this.billing = billing;
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

	/**
	 * The portfolio, filtered by industry, segment and state (due, at risk), sorted by a column ({@code -}
	 * before it for the other way round; next purchase first unless asked), a page at a time; every choice
	 * in the address.
	 */
	@GetMapping
	String clients(@RequestParam(required = false) String industry, @RequestParam(required = false) RfmSegment segment,
			@RequestParam(defaultValue = "all") String state, @RequestParam(defaultValue = "next") String sort,
			@RequestParam(defaultValue = "1") int page, Actor actor, Model model) {
		var all = portfolio(actor);
		var rows = filtered(all, industry, segment, state, sort);
		model.addAttribute("rows", ListPage.of(rows, page, ListPage.SIZE));
		model.addAttribute("clients", all);
		model.addAttribute("capped", all.size() >= Portfolio.CLIENTS_READ);
		model.addAttribute("industries", all.stream().map(r -> r.client().company().industry()).filter(java.util.Objects::nonNull)
			.distinct().sorted().toList());
		model.addAttribute("segmentValues", RfmSegment.values());
		model.addAttribute("filter", java.util.Map.of("industry", industry == null ? "" : industry, "segment",
				segment == null ? "" : segment.name(), "state", state, "sort", sort.replaceFirst("^-", "")));
		if (actor.seesEverything()) {
			model.addAttribute("managers", staff.all().stream().filter(e -> responsibilities.mayHold(e, Tier.AM)).toList());
		}
		var reminders = cadence.reminders(actor);
		model.addAttribute("reminders", reminders);
		var advice = new HashMap<UUID, Playbook.Advice>();
		reminders.forEach(r -> playbook.adviceFor(r.clientId(), actor).ifPresent(a -> advice.put(r.clientId(), a)));
		model.addAttribute("advice", advice);
		model.addAttribute("overdue", billing.overdueFirst(actor, 10));
		return "accounts/clients";
	}

	private List<PortfolioRow> portfolio(Actor actor) {
		var rhythms = cadence.all();
		var scores = new HashMap<UUID, Segments.ClientSegment>();
		segments.of(actor).forEach(c -> scores.put(c.clientId(), c));
		return portfolio.clients(actor).stream()
			.map(c -> new PortfolioRow(c, rhythms.get(c.id()), scores.get(c.id())))
			.toList();
	}

	private static List<PortfolioRow> filtered(List<PortfolioRow> all, String industry, RfmSegment segment, String state,
			String sort) {
		return all.stream()
			.filter(r -> industry == null || industry.isBlank() || industry.equals(r.client().company().industry()))
			.filter(r -> segment == null || (r.segment() != null && r.segment().segment() == segment))
			.filter(r -> switch (state) {
				case "due" -> r.rhythm() != null && r.rhythm().due();
				case "at-risk" -> r.rhythm() != null && r.rhythm().atRisk();
				default -> true;
			})
			.sorted(order(sort))
			.toList();
	}

	private static Comparator<PortfolioRow> order(String sort) {
		boolean descending = sort.startsWith("-");
		Comparator<PortfolioRow> order = switch (sort.replaceFirst("^-", "")) {
			case "revenue" -> Comparator.comparing(PortfolioRow::revenue).reversed();
			case "last" -> Comparator.comparing(PortfolioRow::last).reversed();
			case "name" -> Comparator.comparing((PortfolioRow r) -> r.client().company().displayName());
			case "manager" -> Comparator.comparing((PortfolioRow r) -> r.client().accountManager());
			default -> Comparator.comparing(PortfolioRow::next);
		};
		return descending ? order.reversed() : order;
	}

	/** The head gives the clients ticked on the page to another account manager. */
	@PostMapping("/reassign")
	String reassign(@RequestParam(name = "client", required = false) List<UUID> chosen, @RequestParam UUID manager,
			Actor actor, RedirectAttributes redirect) {
		if (chosen == null || chosen.isEmpty()) {
			redirect.addFlashAttribute("problem", "list.selected-none");
			return "redirect:/accounts/clients";
		}
		int moved = portfolio.reassign(chosen, new EmployeeId(manager), actor);
		redirect.addFlashAttribute("message", "clients.reassigned");
		redirect.addFlashAttribute("moved", moved);
		return "redirect:/accounts/clients";
	}

	/** The clients as the page filters and sorts them, all pages, as a table for a spreadsheet. */
	@GetMapping("/export.csv")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String industry,
			@RequestParam(required = false) RfmSegment segment, @RequestParam(defaultValue = "all") String state,
			@RequestParam(defaultValue = "next") String sort, Actor actor) {
		var rows = filtered(portfolio(actor), industry, segment, state, sort).stream()
			.map(r -> List.<Object>of(r.client().company().displayName(),
					java.util.Objects.toString(r.client().company().edrpou(), ""),
					java.util.Objects.toString(r.client().company().industry(), ""),
					r.rhythm() == null ? "" : r.rhythm().lastPurchase().toString(),
					r.rhythm() == null ? "" : r.rhythm().nextExpected().toString(), r.revenue(),
					r.client().accountManager()))
			.toList();
		return Downloads.of(new Table("clients", List.of("Компанія", "ЄДРПОУ", "Галузь", "Остання покупка",
				"Наступна покупка", "Виручка за рік, грн", "Менеджер"), rows), "csv", "clients");
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
