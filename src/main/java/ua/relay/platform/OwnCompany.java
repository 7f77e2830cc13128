package ua.relay.platform;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.shared.Edrpou;
import ua.relay.shared.EmailAddress;
import ua.relay.shared.Iban;
import ua.relay.shared.PhoneNumber;

/**
 * The company that runs Relay, as its invoices and quotes name it: entered at setup and kept in the
 * database. Until it is (a database the demo filled before there was setup, or a test's), documents use
 * {@code relay.supplier.*}, which are otherwise only setup's suggestions.
 */
@Service
public class OwnCompany {

	private static final Pattern LEGAL_FORM_AND_NAME = Pattern.compile("^(\\S+)\\s+«(.+)»$");

	private final JdbcClient jdbc;

	private final Supplier defaults;

	private final Clock clock;

	OwnCompany(JdbcClient jdbc, Supplier defaults, Clock clock) {
		this.jdbc = jdbc;
		this.defaults = defaults;
		this.clock = clock;
	}

	/**
	 * The company's requisites as entered: {@code name} without its legal form ("Скіф-Карго" and "ТОВ"),
	 * the EDRPOU code and IBAN checked, VAT payer or not, and the days an invoice gives to pay.
	 */
	public record Requisites(String name, String legalForm, String edrpou, String address, String iban, String bank,
			String phone, String email, boolean vatPayer, int paymentDays) {

		public Requisites {
			name = required(name, "name", 300);
			legalForm = legalForm == null || legalForm.isBlank() ? null : legalForm.strip();
			if (legalForm != null && legalForm.length() > 20) {
				throw invalid("company.legalForm-too-long");
			}
			if (edrpou == null || !Edrpou.isValid(edrpou.strip())) {
				throw invalid("company.edrpou-invalid");
			}
			edrpou = Edrpou.of(edrpou.strip()).value();
			address = required(address, "address", 300);
			if (iban == null || !Iban.isValid(iban)) {
				throw invalid("company.iban-invalid");
			}
			iban = Iban.of(iban).value();
			bank = required(bank, "bank", 200);
			if (phone != null && !phone.isBlank()) {
				phone = PhoneNumber.tryParse(phone).orElseThrow(() -> invalid("company.phone-invalid")).e164();
			}
			else {
				phone = null;
			}
			if (email != null && !email.isBlank()) {
				try {
					email = new EmailAddress(email).value();
				}
				catch (IllegalArgumentException ex) {
					throw invalid("company.email-invalid");
				}
			}
			else {
				email = null;
			}
			if (paymentDays < 0 || paymentDays > 365) {
				throw invalid("company.paymentDays-invalid");
			}
		}

		/** The name as documents write it: ТОВ «Скіф-Карго»; a sole trader's without quotes. */
		public String displayName() {
			if (legalForm == null) {
				return name;
			}
			return legalForm.equals("ФОП") ? "ФОП " + name : legalForm + " «" + name + "»";
		}

		Supplier supplier() {
			return new Supplier(displayName(), edrpou, address, iban, bank, phone, email, vatPayer, paymentDays);
		}

		private static String required(String value, String field, int max) {
			if (value == null || value.isBlank()) {
				throw invalid("company." + field + "-required");
			}
			if (value.strip().length() > max) {
				throw invalid("company." + field + "-too-long");
			}
			return value.strip();
		}

		private static DomainException invalid(String code) {
			return DomainException.invalid(code, "Not valid: " + code);
		}

	}

	/** The company on today's documents. */
	public Supplier current() {
		return stored().map(Requisites::supplier).orElse(defaults);
	}

	/** {@code relay.supplier.*} as requisites: "ТОВ «Релей Карго»" is the form ТОВ and the name Релей Карго. */
	public Requisites defaults() {
		var split = LEGAL_FORM_AND_NAME.matcher(defaults.name());
		return new Requisites(split.matches() ? split.group(2) : defaults.name(), split.matches() ? split.group(1) : null,
				defaults.edrpou(), defaults.address(), defaults.iban(), defaults.bank(), defaults.phone(), defaults.email(),
				defaults.vatPayer(), defaults.paymentDays());
	}

	public boolean recorded() {
		return jdbc.sql("select count(*) from platform_company").query(Long.class).single() > 0;
	}

	public Optional<Requisites> stored() {
		return jdbc.sql("""
				select name, legal_form, edrpou, address, iban, bank, phone, email, vat_payer, payment_days
				from platform_company where id = 1
				""")
			.query((rs, n) -> new Requisites(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getInt(10)))
			.optional();
	}

	/** Records the company, once: a second time is refused (two setups at once, one wins). */
	@Transactional
	public void record(Requisites company) {
		if (recorded()) {
			throw DomainException.conflict("setup.done", "The company is recorded already");
		}
		jdbc.sql("""
				insert into platform_company (id, name, legal_form, edrpou, address, iban, bank, phone, email, vat_payer,
				                              payment_days, set_up_at, version)
				values (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""")
			.params(company.name(), company.legalForm(), company.edrpou(), company.address(), company.iban(),
					company.bank(), company.phone(), company.email(), company.vatPayer(), company.paymentDays(),
					SqlTime.of(clock.instant()))
			.update();
	}

}
