package ua.relay.conversion.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import ua.relay.conversion.DealId;
import ua.relay.conversion.DealLost;
import ua.relay.conversion.FirstSaleClosed;
import ua.relay.conversion.LeadId;
import ua.relay.party.CompanyId;
import ua.relay.salesorg.EmployeeId;
import ua.relay.shared.Money;

/**
 * A closer's way from an accepted lead to the first sale: through the open stages of the pipeline, with
 * the amount expected, when and how likely, to won or lost. Only its closer moves it; a deal that has
 * ended stays as it ended.
 */
public final class Deal {

	private final DealId id;

	private final LeadId leadId;

	private final CompanyId companyId;

	private final EmployeeId closer;

	private String stage;

	private Money amount;

	private LocalDate expectedClose;

	private int probability;

	private final Instant openedAt;

	private Instant stageChangedAt;

	private Instant closedAt;

	private String lostReason;

	private LocalDate recontactOn;

	private final int version;

	public Deal(DealId id, LeadId leadId, CompanyId companyId, EmployeeId closer, String stage, Money amount,
			LocalDate expectedClose, int probability, Instant openedAt, Instant stageChangedAt, Instant closedAt,
			String lostReason, LocalDate recontactOn, int version) {
		this.id = Objects.requireNonNull(id);
		this.leadId = Objects.requireNonNull(leadId);
		this.companyId = Objects.requireNonNull(companyId);
		this.closer = Objects.requireNonNull(closer);
		this.stage = Objects.requireNonNull(stage);
		this.amount = amount;
		this.expectedClose = expectedClose;
		this.probability = probability;
		this.openedAt = openedAt;
		this.stageChangedAt = stageChangedAt;
		this.closedAt = closedAt;
		this.lostReason = lostReason;
		this.recontactOn = recontactOn;
		this.version = version;
	}

	static Deal open(DealId id, LeadId lead, CompanyId company, EmployeeId closer, Stage first, Instant now) {
		return new Deal(id, lead, company, closer, first.code(), null, null, first.probability(), now, now, null, null,
				null, 0);
	}

	/** The closer moves the deal to another open stage; its odds become the stage's. */
	public void moveTo(Stage target, EmployeeId by, PipelineStages stages, Instant now) {
		requireOpen(by, stages);
		if (!target.isOpen()) {
			throw ConversionException.transition("deal", id, stage, target.code());
		}
		if (!target.code().equals(stage)) {
			stage = target.code();
			probability = target.probability();
			stageChangedAt = now;
		}
	}

	/** What the closer expects: how much, by when, how likely. */
	public void plan(Money expectedAmount, LocalDate expectedBy, int percent, EmployeeId by, PipelineStages stages) {
		requireOpen(by, stages);
		if (expectedAmount != null && !expectedAmount.isPositive()) {
			throw ConversionException.invalid("deal.amount", "An expected amount is positive");
		}
		if (percent < 0 || percent > 100) {
			throw ConversionException.invalid("deal.probability", "A probability is between 0 and 100");
		}
		amount = expectedAmount;
		expectedClose = expectedBy;
		probability = percent;
	}

	/** The first sale: the deal is won for {@code amount}, and the company becomes a client. */
	public FirstSaleClosed win(EmployeeId by, Money wonAmount, PipelineStages stages, Instant now) {
		requireOpen(by, stages);
		if (wonAmount == null || !wonAmount.isPositive()) {
			throw ConversionException.invalid("deal.amount", "A first sale needs a positive amount");
		}
		stage = stages.won().code();
		amount = wonAmount;
		probability = 100;
		stageChangedAt = now;
		closedAt = now;
		return new FirstSaleClosed(id, companyId, closer, wonAmount, now);
	}

	/** Lost, for a reason; the company returns to tier 1 on {@code recontact}, which lies ahead. */
	public DealLost lose(EmployeeId by, String reason, LocalDate recontact, LocalDate today, PipelineStages stages,
			Instant now) {
		requireOpen(by, stages);
		if (reason == null || reason.isBlank()) {
			throw ConversionException.invalid("deal.lost-reason", "A lost deal needs the reason");
		}
		if (recontact == null || !recontact.isAfter(today)) {
			throw ConversionException.invalid("deal.recontact", "The date to contact the company again lies ahead");
		}
		stage = stages.lost().code();
		probability = 0;
		lostReason = reason.strip();
		recontactOn = recontact;
		stageChangedAt = now;
		closedAt = now;
		return new DealLost(id, leadId, companyId, closer, lostReason, recontact, now);
	}

	public boolean isOpen(PipelineStages stages) {
		return stages.get(stage).isOpen();
	}

	/** Only the deal's closer works it: anybody else is refused as such, before anything else is asked. */
	public void requireWorkedBy(EmployeeId by) {
		if (!closer.equals(by)) {
			throw ConversionException.notYours("deal", id);
		}
	}

	private void requireOpen(EmployeeId by, PipelineStages stages) {
		requireWorkedBy(by);
		if (!isOpen(stages)) {
			throw ConversionException.transition("deal", id, stage, "any");
		}
	}

	public DealId id() {
		return id;
	}

	public LeadId leadId() {
		return leadId;
	}

	public CompanyId companyId() {
		return companyId;
	}

	public EmployeeId closer() {
		return closer;
	}

	public String stage() {
		return stage;
	}

	public Money amount() {
		return amount;
	}

	public LocalDate expectedClose() {
		return expectedClose;
	}

	public int probability() {
		return probability;
	}

	public Instant openedAt() {
		return openedAt;
	}

	public Instant stageChangedAt() {
		return stageChangedAt;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public String lostReason() {
		return lostReason;
	}

	public LocalDate recontactOn() {
		return recontactOn;
	}

	public int version() {
		return version;
	}

}
