package ua.relay.prospecting.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ua.relay.platform.Actor;
import ua.relay.prospecting.CallOutcome;
import ua.relay.prospecting.CallQueue;
import ua.relay.prospecting.CallReport;
import ua.relay.prospecting.MeetingSlot;
import ua.relay.prospecting.ProspectCard;
import ua.relay.prospecting.ProspectId;
import ua.relay.salesorg.Slot;

@RestController
@RequestMapping("/api/v1/prospecting")
@Tag(name = "Tier 1: call queue", description = "One prospect at a time for the calling user, and call outcomes")
class CallQueueRestController {

	private final CallQueue queue;

	CallQueueRestController(CallQueue queue) {
		this.queue = queue;
	}

	record OutcomeRequest(@NotNull CallOutcome outcome, @Size(max = 2000) String note, Instant callbackAt,
			MeetingSlot meeting) {
	}

	@PostMapping("/queue/next")
	@Operation(summary = "The prospect the caller holds, or the next one claimed for them; 204 when none is left")
	ResponseEntity<ProspectCard> next(Actor actor) {
		return queue.next(actor).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

	@GetMapping("/meeting-slots")
	@Operation(summary = "Free slots for a meeting in the coming week: the closers' (in CLASSIC mode, the caller's own)")
	List<Slot> meetingSlots(Actor actor) {
		return queue.meetingSlots(actor);
	}

	@GetMapping("/prospects/{id}")
	@Operation(summary = "A prospect the caller holds")
	ProspectCard prospect(@PathVariable UUID id, Actor actor) {
		return queue.card(new ProspectId(id), actor);
	}

	@PostMapping("/prospects/{id}/outcome")
	@Operation(summary = "Record the outcome of the call: INTERESTED and ESCALATE (the note is the question) hand "
			+ "the prospect to tier 2, MEETING_BOOKED needs one of the meeting-slots as meeting {with, start} and hands "
			+ "it to that closer, CALLBACK needs callbackAt, DO_NOT_CALL bars its numbers")
	ResponseEntity<Void> outcome(@PathVariable UUID id, @Valid @RequestBody OutcomeRequest request, Actor actor) {
		queue.record(new ProspectId(id),
				new CallReport(request.outcome(), request.note(), request.callbackAt(), request.meeting()), actor);
		return ResponseEntity.noContent().build();
	}

}
