package ua.relay.conversion.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import ua.relay.conversion.ActivityKind;
import ua.relay.conversion.ActivityView;
import ua.relay.conversion.CloserFigures;
import ua.relay.conversion.CloserNumbers;
import ua.relay.conversion.ConversionQueries;
import ua.relay.conversion.DealActivities;
import ua.relay.conversion.DealId;
import ua.relay.conversion.DealLost;
import ua.relay.conversion.DealView;
import ua.relay.conversion.FirstSaleClosed;
import ua.relay.conversion.LeadId;
import ua.relay.conversion.LeadInbox;
import ua.relay.conversion.LeadRejected;
import ua.relay.conversion.LeadView;
import ua.relay.conversion.NewQuote;
import ua.relay.conversion.Pipeline;
import ua.relay.conversion.QuoteView;
import ua.relay.conversion.Quotes;
import ua.relay.conversion.TaskView;
import ua.relay.conversion.domain.Stage;
import ua.relay.platform.Actor;
import ua.relay.salesorg.EmployeeId;
import ua.relay.shared.Money;

@RestController
@RequestMapping("/api/v1/conversion")
@Tag(name = "Tier 2: leads and deals", description = "The closer's inbox, acceptance and the first sale")
class ConversionRestController {

	private final LeadInbox inbox;

	private final Pipeline pipeline;

	private final ConversionQueries queries;

	private final Quotes quotes;

	private final CloserFigures figures;

	private final DealActivities activities;

	ConversionRestController(LeadInbox inbox, Pipeline pipeline, ConversionQueries queries, Quotes quotes,
			CloserFigures figures, DealActivities activities) {
		this.figures = figures;
		this.activities = activities;
		this.quotes = quotes;
		this.inbox = inbox;
		this.pipeline = pipeline;
		this.queries = queries;
	}

	record Accepted(UUID dealId) {
	}

	record WinRequest(@NotNull @DecimalMin("0.01") @Digits(integer = 17, fraction = 2) BigDecimal amount) {
	}

	@GetMapping("/leads")
	@Operation(summary = "New leads waiting for the calling closer (all of them for the head)")
	List<LeadView> leads(Actor actor) {
		return queries.newLeads(actor);
	}

	@GetMapping("/leads/{id}")
	@Operation(summary = "One lead, with what tier 1 learned")
	LeadView lead(@PathVariable UUID id, Actor actor) {
		return queries.lead(new LeadId(id), actor);
	}

	@PostMapping("/leads/{id}/accept")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Accept a lead: it becomes a deal in the first stage")
	Accepted accept(@PathVariable UUID id, Actor actor) {
		return new Accepted(inbox.accept(new LeadId(id), actor).value());
	}

	record RejectRequest(@NotBlank @Size(max = 1000) String reason, boolean disqualify) {
	}

	record ReassignRequest(@NotNull UUID closerId) {
	}

	@PostMapping("/leads/{id}/reject")
	@Operation(summary = "Reject a lead with the reason: the prospect returns to its caller in tier 1 with it "
			+ "(disqualify: it leaves the queue for good); the caller is not credited with the lead")
	LeadRejected reject(@PathVariable UUID id, @Valid @RequestBody RejectRequest request, Actor actor) {
		return inbox.reject(new LeadId(id), request.reason(), request.disqualify(), actor);
	}

	@PostMapping("/leads/{id}/reassign")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Head of sales: give a waiting lead to another closer")
	void reassign(@PathVariable UUID id, @Valid @RequestBody ReassignRequest request, Actor actor) {
		inbox.reassign(new LeadId(id), new EmployeeId(request.closerId()), actor);
	}

	record MoveRequest(@NotNull Integer version, @NotBlank String stage) {
	}

	record PlanRequest(@NotNull Integer version, @DecimalMin("0.01") @Digits(integer = 17, fraction = 2) BigDecimal amount,
			LocalDate expectedClose, @NotNull @Min(0) @Max(100) Integer probability) {
	}

	record LoseRequest(@NotBlank @Size(max = 1000) String reason, @NotNull LocalDate recontactOn) {
	}

	@PostMapping("/deals/{id}/stage")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Move a deal to another open stage; version is the deal's as you read it (409 if it changed since)")
	void move(@PathVariable UUID id, @Valid @RequestBody MoveRequest request, Actor actor) {
		pipeline.move(new DealId(id), request.version(), request.stage(), actor);
	}

	@PostMapping("/deals/{id}/plan")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Set what the closer expects: amount in UAH, close date, probability (409 if the deal changed since version)")
	void plan(@PathVariable UUID id, @Valid @RequestBody PlanRequest request, Actor actor) {
		pipeline.plan(new DealId(id), request.version(), request.amount() == null ? null : new Money(request.amount()),
				request.expectedClose(), request.probability(), actor);
	}

	@PostMapping("/deals/{id}/lost")
	@Operation(summary = "Lose the deal for a reason; the company returns to tier 1's queue on recontactOn")
	DealLost lost(@PathVariable UUID id, @Valid @RequestBody LoseRequest request, Actor actor) {
		return pipeline.lose(new DealId(id), request.reason(), request.recontactOn(), actor);
	}

	record QuoteRequest(@NotBlank @Size(max = 200) String routeFrom, @NotBlank @Size(max = 200) String routeTo,
			@NotBlank @Size(max = 200) String cargoType, @NotNull @DecimalMin("0.01") BigDecimal weightKg,
			@DecimalMin("0.01") BigDecimal volumeM3, @NotNull @DecimalMin("0.01") @Digits(integer = 17, fraction = 2) BigDecimal price,
			@NotNull LocalDate validUntil) {
	}

	@PostMapping("/deals/{id}/quotes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Give a quote for cargo services on an open deal; its PDF is at /quotes/{id}/pdf")
	QuoteView quote(@PathVariable UUID id, @Valid @RequestBody QuoteRequest request, Actor actor) {
		return quotes.give(new DealId(id), new NewQuote(request.routeFrom(), request.routeTo(), request.cargoType(),
				request.weightKg(), request.volumeM3(), new Money(request.price()), request.validUntil()), actor);
	}

	@GetMapping("/deals/{id}/quotes")
	@Operation(summary = "The quotes given on a deal")
	List<QuoteView> quotes(@PathVariable UUID id, Actor actor) {
		return quotes.ofDeal(new DealId(id), actor);
	}

	/** Where the quote goes: {@code to}, or left out for the company's contact with an e-mail. */
	record SendRequest(String to) {
	}

	/** Where a document went. */
	record Sent(String to) {
	}

	@PostMapping("/quotes/{id}/send")
	@Operation(summary = "E-mails a quote to the client, the PDF attached",
			description = "In the words the head chose for quotes; the deal's timeline records it. 409 mail.not-sent "
					+ "when the message does not leave (nothing is recorded), mail.no-smtp without an SMTP server.")
	Sent sendQuote(@PathVariable UUID id, @RequestBody(required = false) SendRequest request, Actor actor) {
		return new Sent(quotes.send(id, request == null ? null : request.to(), actor));
	}

	@GetMapping(value = "/quotes/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "A quote as the PDF the client receives (in Ukrainian)")
	byte[] quotePdf(@PathVariable UUID id, Actor actor) {
		return quotes.pdf(id, actor);
	}

	@GetMapping("/numbers")
	@Operation(summary = "Closer numbers from one instant to another: the caller's own, or every closer's for the head")
	List<CloserNumbers> numbers(@RequestParam Instant from, @RequestParam Instant to, Actor actor) {
		return figures.between(from, to, actor);
	}

	record ActivityRequest(@NotNull ActivityKind kind, @NotBlank @Size(max = 2000) String summary, Instant happenedAt) {
	}

	/** {@code meeting}: a meeting the closer planned, shown with the others on their day and in their calendar feed. */
	record TaskRequest(@NotBlank @Size(max = 300) String title, @NotNull Instant dueAt, Boolean meeting) {
	}

	record Created(UUID id) {
	}

	@PostMapping("/deals/{id}/activities")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a call, meeting, e-mail or note on the deal's timeline (happenedAt: now if left out)")
	Created activity(@PathVariable UUID id, @Valid @RequestBody ActivityRequest request, Actor actor) {
		return new Created(activities.record(new DealId(id), request.kind(), request.summary(), request.happenedAt(), actor));
	}

	@GetMapping("/deals/{id}/activities")
	@Operation(summary = "The deal's timeline, the latest first")
	List<ActivityView> timeline(@PathVariable UUID id, Actor actor) {
		return activities.timeline(new DealId(id), actor);
	}

	@PostMapping("/deals/{id}/tasks")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Plan a task on the deal, due at a time")
	Created task(@PathVariable UUID id, @Valid @RequestBody TaskRequest request, Actor actor) {
		return new Created(activities.plan(new DealId(id), request.title(), request.dueAt(),
				Boolean.TRUE.equals(request.meeting()), actor));
	}

	@GetMapping("/tasks")
	@Operation(summary = "The calling closer's open tasks, the most pressing first")
	List<TaskView> tasks(Actor actor) {
		return activities.openTasks(actor);
	}

	@PostMapping("/tasks/{id}/done")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark one of your tasks done")
	void taskDone(@PathVariable UUID id, Actor actor) {
		activities.done(id, actor);
	}

	@GetMapping("/stages")
	@Operation(summary = "The pipeline's stages in order")
	List<Stage> stages() {
		return pipeline.stages().all();
	}

	@GetMapping("/deals")
	@Operation(summary = "The calling closer's deals, open or closed")
	List<DealView> deals(Actor actor, @RequestParam(defaultValue = "true") boolean open) {
		return queries.deals(actor, open);
	}

	@GetMapping("/deals/{id}")
	@Operation(summary = "One deal")
	DealView deal(@PathVariable UUID id, Actor actor) {
		return queries.deal(new DealId(id), actor);
	}

	@PostMapping("/deals/{id}/won")
	@Operation(summary = "Win the deal: the first sale; the client passes to account management")
	FirstSaleClosed won(@PathVariable UUID id, @Valid @RequestBody WinRequest request, Actor actor) {
		return pipeline.win(new DealId(id), new Money(request.amount()), actor);
	}

}
