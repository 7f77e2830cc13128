package ua.relay.conversion.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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

import ua.relay.conversion.DealBoard;
import ua.relay.conversion.DealId;
import ua.relay.conversion.Pipeline;
import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.salesorg.EmployeeId;
import ua.relay.shared.Money;

/**
 * The closer's board: a column per open stage, cards dragged between them (or moved with the stage
 * list on each card, from the keyboard); and the deal's own edits: the plan, losing it.
 */
@Controller
@RequestMapping("/conversion")
class BoardController {

	private final Pipeline pipeline;

	private final DealBoard board;

	BoardController(Pipeline pipeline, DealBoard board) {
		this.pipeline = pipeline;
		this.board = board;
	}

	record PlanForm(@NotNull Integer version, Money amount,
			LocalDate expectedClose, @NotNull @Min(0) @Max(100) Integer probability) {
	}

	record LoseForm(@NotBlank @Size(max = 1000) String reason,
			@NotNull LocalDate recontactOn) {
	}

	/** The board; the head may look at one closer's deals ({@code closer}, kept in the address). */
	@GetMapping("/board")
	String board(@RequestParam(required = false) UUID closer, Actor actor, Model model) {
		model.addAttribute("board", board.of(actor, Optional.ofNullable(closer).map(EmployeeId::new)));
		model.addAttribute("stages", pipeline.stages());
		return "conversion/board";
	}

	/** A card dropped on another column, or moved with its stage list; refused if somebody moved it first. */
	@PostMapping("/deals/{id}/stage")
	String move(@PathVariable UUID id, @RequestParam int version, @RequestParam String stage,
			@RequestParam(defaultValue = "board") String back, Actor actor, RedirectAttributes redirect) {
		try {
			pipeline.move(new DealId(id), version, stage, actor);
		}
		catch (DomainException ex) {
			if (ex.kind() != DomainException.Kind.CONFLICT) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", "problem." + ex.code());
		}
		return "deal".equals(back) ? "redirect:/conversion/deals/" + id : "redirect:/conversion/board";
	}

	@PostMapping("/deals/{id}/plan")
	String plan(@PathVariable UUID id, @Valid PlanForm form, Actor actor, RedirectAttributes redirect) {
		try {
			pipeline.plan(new DealId(id), form.version(), form.amount(),
					form.expectedClose(), form.probability(), actor);
			redirect.addFlashAttribute("message", "deal.planned");
		}
		catch (DomainException ex) {
			if (ex.kind() != DomainException.Kind.CONFLICT) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", "problem." + ex.code());
		}
		return "redirect:/conversion/deals/" + id;
	}

	@PostMapping("/deals/{id}/lost")
	String lost(@PathVariable UUID id, @Valid LoseForm form, Actor actor, RedirectAttributes redirect) {
		pipeline.lose(new DealId(id), form.reason(), form.recontactOn(), actor);
		redirect.addFlashAttribute("message", "deal.lost-message");
		return "redirect:/conversion/deals/" + id;
	}

}
