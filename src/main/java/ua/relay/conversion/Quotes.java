package ua.relay.conversion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.conversion.domain.ConversionException;
import ua.relay.conversion.jdbc.QuoteStore;
import ua.relay.conversion.pdf.QuotePdf;
import ua.relay.party.CompanyDirectory;
import ua.relay.platform.Actor;
import ua.relay.platform.OwnCompany;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Staff;

/** Quotes for cargo services on a deal: given by its closer while the deal is open, read as a PDF. */
@Service
public class Quotes {

	private final QuoteStore store;

	private final ConversionQueries deals;

	private final CompanyDirectory companies;

	private final Staff staff;

	private final OwnCompany ownCompany;

	private final Clock clock;

	Quotes(QuoteStore store, ConversionQueries deals, CompanyDirectory companies, Staff staff, OwnCompany ownCompany,
			Clock clock) {
		this.store = store;
		this.deals = deals;
		this.companies = companies;
		this.staff = staff;
		this.ownCompany = ownCompany;
		this.clock = clock;
	}

	@Transactional
	public QuoteView give(DealId dealId, NewQuote quote, Actor actor) {
		var deal = deals.deal(dealId, actor);
		var closer = new EmployeeId(actor.requireEmployee());
		if (!deal.closerId().equals(closer)) {
			throw ConversionException.notYours("deal", dealId);
		}
		if (!deal.open()) {
			throw ConversionException.transition("deal", dealId, deal.stage(), "quoted");
		}
		var today = LocalDate.now(clock);
		if (quote.validUntil().isBefore(today)) {
			throw ConversionException.invalid("quote.valid-until", "A quote holds from today on, not until a past day");
		}
		return view(store.insert(dealId, quote, closer, today.getYear(), clock.instant()));
	}

	public List<QuoteView> ofDeal(DealId dealId, Actor actor) {
		deals.deal(dealId, actor); // who may see the deal may see its quotes
		return store.ofDeal(dealId).stream().map(this::view).toList();
	}

	public QuoteView get(UUID id, Actor actor) {
		var quote = store.find(id).orElseThrow(() -> ConversionException.notFound("quote", id));
		deals.deal(quote.dealId(), actor);
		return view(quote);
	}

	/** The quote as the client receives it: a PDF in Ukrainian. */
	public byte[] pdf(UUID id, Actor actor) {
		var quote = get(id, actor);
		var deal = deals.deal(quote.dealId(), actor);
		var closer = staff.get(deal.closerId());
		var supplier = ownCompany.current();
		String phone = supplier.phone() == null ? null
				: supplier.phone() + (closer.extension() == null ? "" : ", вн. " + closer.extension());
		return QuotePdf.render(quote, companies.getCard(deal.company().id()), supplier,
				LocalDate.ofInstant(quote.createdAt(), clock.getZone()),
				new QuotePdf.Contact(closer.fullName(), closer.email(), phone));
	}

	private QuoteView view(QuoteStore.StoredQuote q) {
		var d = q.details();
		return new QuoteView(q.id(), q.dealId(), q.number(), d.routeFrom(), d.routeTo(), d.cargoType(), d.weightKg(),
				d.volumeM3(), d.price(), d.validUntil(), staff.get(q.closer()).fullName(), q.createdAt());
	}

}
