package ua.relay.conversion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.conversion.domain.ConversionException;
import ua.relay.conversion.jdbc.QuoteStore;
import ua.relay.conversion.pdf.QuotePdf;
import ua.relay.party.CompanyDirectory;
import ua.relay.platform.Actor;
import ua.relay.platform.DocumentTexts;
import ua.relay.platform.OutgoingMail;
import ua.relay.platform.OwnCompany;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Staff;
import ua.relay.shared.EmailAddress;

/** Quotes for cargo services on a deal: given by its closer while the deal is open, read as a PDF. */
@Service
public class Quotes {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final QuoteStore store;

	private final ConversionQueries deals;

	private final CompanyDirectory companies;

	private final Staff staff;

	private final OwnCompany ownCompany;

	private final Clock clock;

	private final OutgoingMail mail;

	private final DocumentTexts texts;

	private final DealActivities activities;

	Quotes(QuoteStore store, ConversionQueries deals, CompanyDirectory companies, Staff staff, OwnCompany ownCompany,
			Clock clock, OutgoingMail mail, DocumentTexts texts, DealActivities activities) {
		this.mail = mail;
		this.texts = texts;
		this.activities = activities;
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

	/** Where a deal's quotes go by default: the first contact of the company with an e-mail, if any. */
	public Optional<String> recipient(DealId dealId, Actor actor) {
		var deal = deals.deal(dealId, actor);
		return companies.getCard(deal.company().id()).contacts().stream()
			.map(c -> c.email())
			.filter(Objects::nonNull)
			.findFirst();
	}

	/**
	 * The closer e-mails the quote to the client ({@code to}, or the company's contact with an e-mail), the
	 * PDF attached, in the words the head chose; the deal's timeline records it. Refused, with nothing
	 * recorded, if the message does not leave.
	 */
	@Transactional
	public String send(UUID id, String to, Actor actor) {
		var quote = get(id, actor);
		var deal = deals.deal(quote.dealId(), actor);
		if (!deal.closerId().value().equals(actor.employeeId())) {
			throw ConversionException.notYours("deal", quote.dealId());
		}
		String address = to == null || to.isBlank() ? recipient(quote.dealId(), actor).orElseThrow(
				() -> ConversionException.invalid("quote.no-recipient", "The company has no contact with an e-mail: give one"))
				: to.strip();
		try {
			address = new EmailAddress(address).value();
		}
		catch (IllegalArgumentException ex) {
			throw ConversionException.invalid("quote.recipient-invalid", "Not an e-mail address: " + address);
		}
		var supplier = ownCompany.current();
		var text = texts.of(DocumentTexts.Kind.QUOTE).fill(Map.of("company", companies.getCard(deal.company().id()).displayName(),
				"number", quote.number(), "amount", quote.price().amount().toPlainString(), "date",
				quote.validUntil().format(DAY), "sender", staff.get(deal.closerId()).fullName(), "supplier", supplier.name()));
		mail.send(address, text.subject(), text.body(),
				new OutgoingMail.Attachment(quote.number() + ".pdf", pdf(id, actor), "application/pdf"));
		activities.record(quote.dealId(), ActivityKind.EMAIL, "Пропозицію № " + quote.number() + " надіслано на " + address,
				clock.instant(), actor);
		return address;
	}

	private QuoteView view(QuoteStore.StoredQuote q) {
		var d = q.details();
		return new QuoteView(q.id(), q.dealId(), q.number(), d.routeFrom(), d.routeTo(), d.cargoType(), d.weightKg(),
				d.volumeM3(), d.price(), d.validUntil(), staff.get(q.closer()).fullName(), q.createdAt());
	}

}
