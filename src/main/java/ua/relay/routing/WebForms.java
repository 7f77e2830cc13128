package ua.relay.routing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.party.NewCompany;
import ua.relay.platform.DomainException;
import ua.relay.platform.SqlTime;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Tier;
import ua.relay.shared.EmailAddress;
import ua.relay.shared.PhoneNumber;

/**
 * Leads from the website's forms into tier 2's inbox: the company is matched against the known ones
 * (EDRPOU, phone, name) or registered, the lead goes to the closer already working it or to the one the
 * distribution chooses. Each form comes with an Idempotency-Key: a retry with the same key gets the
 * first answer and creates nothing; the same key with a different form is refused.
 */
@Service
public class WebForms {

	private final JdbcClient jdbc;

	private final CompanyDirectory companies;

	private final Responsibilities responsibilities;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WebForms(JdbcClient jdbc, CompanyDirectory companies, Responsibilities responsibilities,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.responsibilities = responsibilities;
		this.events = events;
		this.clock = clock;
	}

	/** The answer to a form: the lead, its company and closer; {@code repeated} for a retry. */
	public record Received(UUID leadId, CompanyId company, EmployeeId closer, boolean repeated) {
	}

	/**
	 * The key is claimed first, in the form's own transaction: retries arriving together wait on the first's
	 * claim and, once it commits, get its answer; if it fails, one of them makes the lead instead.
	 */
	@Transactional
	public Received submit(String idempotencyKey, WebFormLead form) {
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
			throw DomainException.invalid("web-form.idempotency-key", "An Idempotency-Key header (up to 100 characters) is required");
		}
		String hash = hash(form);
		var now = clock.instant();
		boolean first = jdbc.sql("""
				insert into routing_web_form (idempotency_key, body_hash, received_at) values (?, ?, ?)
				on conflict do nothing
				""")
			.params(idempotencyKey, hash, SqlTime.of(now))
			.update() == 1;
		if (!first) {
			return earlier(idempotencyKey, hash);
		}
		var phone = PhoneNumber.tryParse(form.phone())
			.orElseThrow(() -> DomainException.invalid("web-form.phone", "Not a phone number: " + form.phone()));
		if (form.company() == null || form.company().isBlank() || form.company().length() > 300) {
			throw DomainException.invalid("web-form.company", "The form names the company (up to 300 characters)");
		}
		EmailAddress email = null;
		if (form.email() != null && !form.email().isBlank()) {
			try {
				email = new EmailAddress(form.email().strip());
			}
			catch (IllegalArgumentException ex) {
				throw DomainException.invalid("web-form.email", "Not an e-mail address: " + form.email());
			}
		}
		var contacts = form.contact() == null || form.contact().isBlank() ? List.<NewCompany.NewContact>of()
				: List.of(new NewCompany.NewContact(form.contact().strip(), null, email, phone));
		var company = companies.register(new NewCompany(form.company().strip(), null, null, null, null, null, null,
				List.of(phone), contacts)).companyId();
		var closer = responsibilities.responsible(company, Tier.LC)
			.orElseGet(() -> responsibilities.distribute(company, Tier.LC,
					responsibilities.responsible(company, Tier.LG).orElse(null)).employee());
		var leadId = UUID.randomUUID();
		String message = form.message() == null ? "" : form.message().strip();
		events.publishEvent(new InboundLeadArrived(leadId, company, closer, "reason.web-form",
				"Заявка з сайту: " + (message.length() > 1_500 ? message.substring(0, 1_500) : message), now));
		jdbc.sql("update routing_web_form set lead_id = ?, company_id = ?, closer_id = ? where idempotency_key = ?")
			.params(leadId, company.value(), closer.value(), idempotencyKey)
			.update();
		return new Received(leadId, company, closer, false);
	}

	/** The answer the first form with this key got; the same key with another form is refused. */
	private Received earlier(String idempotencyKey, String hash) {
		record Earlier(String hash, Received answer) {
		}
		var earlier = jdbc.sql("select body_hash, lead_id, company_id, closer_id from routing_web_form where idempotency_key = ?")
			.param(idempotencyKey)
			.query((rs, n) -> new Earlier(rs.getString(1), new Received(rs.getObject(2, UUID.class),
					new CompanyId(rs.getObject(3, UUID.class)), new EmployeeId(rs.getObject(4, UUID.class)), true)))
			.single();
		if (!earlier.hash().equals(hash)) {
			throw DomainException.conflict("web-form.key-reused", "This Idempotency-Key came with a different form before");
		}
		return earlier.answer();
	}

	private static String hash(WebFormLead form) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			for (String part : new String[] { form.company(), form.phone(), form.email(), form.contact(), form.message() }) {
				digest.update((part == null ? "\u0000" : part).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0x1F);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
