package ua.relay.conversion.domain;

import java.time.Instant;
import java.util.Objects;

import ua.relay.conversion.DealId;
import ua.relay.conversion.FirstSaleClosed;
import ua.relay.conversion.LeadId;
import ua.relay.party.CompanyId;
import ua.relay.salesorg.EmployeeId;
import ua.relay.shared.Money;

/** A closer's way from an accepted lead to the first sale. */
public final class Deal {

	private final DealId id;

	private final LeadId leadId;

	private final CompanyId companyId;

	private final EmployeeId closer;

	private DealStage stage;

	private Money amount;

	private final Instant openedAt;

	private Instant closedAt;

	private final int version;

	public Deal(DealId id, LeadId leadId, CompanyId companyId, EmployeeId closer, DealStage stage, Money amount,
			Instant openedAt, Instant closedAt, int version) {
		this.id = Objects.requireNonNull(id);
		this.leadId = Objects.requireNonNull(leadId);
		this.companyId = Objects.requireNonNull(companyId);
		this.closer = Objects.requireNonNull(closer);
		this.stage = Objects.requireNonNull(stage);
		this.amount = amount;
		this.openedAt = openedAt;
		this.closedAt = closedAt;
		this.version = version;
	}

	static Deal open(DealId id, LeadId lead, CompanyId company, EmployeeId closer, Instant now) {
		return new Deal(id, lead, company, closer, DealStage.WARM_UP, null, now, null, 0);
	}

	/** The first sale: the deal is won for {@code amount}, and the company becomes a client. */
	public FirstSaleClosed win(EmployeeId by, Money amount, Instant now) {
		if (!closer.equals(by)) {
			throw ConversionException.notYours("deal", id);
		}
		if (!stage.next().contains(DealStage.WON)) {
			throw ConversionException.transition("deal", id, stage, DealStage.WON);
		}
		if (amount == null || !amount.isPositive()) {
			throw ConversionException.invalid("deal.amount", "A first sale needs a positive amount");
		}
		this.stage = DealStage.WON;
		this.amount = amount;
		this.closedAt = now;
		return new FirstSaleClosed(id, companyId, closer, amount, now);
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

	public DealStage stage() {
		return stage;
	}

	public Money amount() {
		return amount;
	}

	public Instant openedAt() {
		return openedAt;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public int version() {
		return version;
	}

}
