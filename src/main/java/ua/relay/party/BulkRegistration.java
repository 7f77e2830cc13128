package ua.relay.party;

import java.time.Instant;
import java.util.function.LongConsumer;

import ua.relay.party.domain.Company;
import ua.relay.platform.bulk.BulkLoader;
import ua.relay.platform.bulk.BulkRows;
import ua.relay.platform.bulk.SequentialIds;

/**
 * Registers many companies known to be new (see {@link KnownCompanies}) in one go: each is spooled as
 * it comes with its contacts and phones, and {@link #load()} writes them all in the current
 * transaction. Close it whatever happens.
 */
public final class BulkRegistration implements AutoCloseable {

	private final BulkLoader loader;

	private final Instant now;

	private final BulkRows companies;

	private final BulkRows contacts;

	private final BulkRows phones;

	private final SequentialIds ids;

	BulkRegistration(BulkLoader loader, Instant now) {
		this.loader = loader;
		this.now = now;
		this.ids = new SequentialIds(now);
		this.companies = loader.spool("party_company", "id", "name", "legal_form", "edrpou", "industry", "size_band",
				"region", "city", "name_key", "created_at", "rnokpp", "version");
		this.contacts = loader.spool("party_contact", "id", "company_id", "full_name", "position", "email");
		this.phones = loader.spool("party_phone", "id", "company_id", "contact_id", "e164");
	}

	/** Spools the company, its contacts and phones; {@code nameKey} is its {@link NameKey}. */
	public CompanyId add(NewCompany details, String nameKey) {
		var company = Company.register(new CompanyId(ids.get()), details, now, ids);
		var id = company.id().value();
		companies.add(id, details.name(), details.legalForm(), details.edrpou() == null ? null : details.edrpou().value(),
				details.industry(), details.sizeBand() == null ? null : details.sizeBand().name(), details.region(),
				details.city(), nameKey, now, details.rnokpp() == null ? null : details.rnokpp().value(), 0);
		for (var contact : company.contacts()) {
			var c = contact.details();
			contacts.add(contact.id(), id, c.fullName(), c.position(), c.email() == null ? null : c.email().value());
		}
		for (var phone : company.phones()) {
			phones.add(phone.id(), id, phone.contactId(), phone.e164());
		}
		return company.id();
	}

	public long size() {
		return companies.rows();
	}

	/** The rows {@link #load} will write: companies, contacts and phones. */
	public long rows() {
		return companies.rows() + contacts.rows() + phones.rows();
	}

	/** Writes the companies, then their contacts and phones. */
	public void load() {
		load(written -> {
		});
	}

	/** As {@link #load()}, telling {@code progress} how many of its {@link #rows} are written so far. */
	public void load(LongConsumer progress) {
		long before = loader.load(companies, written -> progress.accept(written));
		long contactsToo = before + loader.load(contacts, written -> progress.accept(before + written));
		loader.load(phones, written -> progress.accept(contactsToo + written));
		progress.accept(rows());
	}

	@Override
	public void close() {
		companies.close();
		contacts.close();
		phones.close();
	}

}
