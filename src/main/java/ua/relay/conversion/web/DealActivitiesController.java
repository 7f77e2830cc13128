package ua.relay.conversion.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.conversion.ActivityKind;
import ua.relay.conversion.DealActivities;
import ua.relay.conversion.DealId;
import ua.relay.platform.Actor;

/** The deal page's timeline and tasks: record a contact, plan a task, tick one off. Times are Kyiv time. */
@Controller
@RequestMapping("/conversion")
class DealActivitiesController {

	private final DealActivities activities;

	private final Clock clock;

	DealActivitiesController(DealActivities activities, Clock clock) {
		this.activities = activities;
		this.clock = clock;
	}

	record ActivityForm(@NotNull ActivityKind kind, @NotBlank @Size(max = 2000) String summary,
			LocalDateTime happenedAt) {
	}

	/** {@code meeting} is a checkbox: left unticked, the browser sends nothing. */
	record TaskForm(@NotBlank @Size(max = 300) String title,
			@NotNull LocalDateTime dueAt, Boolean meeting) {
	}

	@PostMapping("/deals/{id}/activities")
	String record(@PathVariable UUID id, @Valid ActivityForm form, Actor actor, RedirectAttributes redirect) {
		activities.record(new DealId(id), form.kind(), form.summary(),
				form.happenedAt() == null ? null : form.happenedAt().atZone(clock.getZone()).toInstant(), actor);
		redirect.addFlashAttribute("message", "activity.recorded");
		return "redirect:/conversion/deals/" + id;
	}

	@PostMapping("/deals/{id}/tasks")
	String plan(@PathVariable UUID id, @Valid TaskForm form, Actor actor, RedirectAttributes redirect) {
		activities.plan(new DealId(id), form.title(), form.dueAt().atZone(clock.getZone()).toInstant(),
				Boolean.TRUE.equals(form.meeting()), actor);
		redirect.addFlashAttribute("message", "task.planned");
		return "redirect:/conversion/deals/" + id;
	}

	@PostMapping("/tasks/{id}/done")
	String done(@PathVariable UUID id, @RequestParam(required = false) UUID deal, Actor actor) {
		activities.done(id, actor);
		return deal == null ? "redirect:/conversion/inbox" : "redirect:/conversion/deals/" + deal;
	}

}
