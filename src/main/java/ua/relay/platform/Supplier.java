package ua.relay.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import ua.relay.shared.Iban;

/**
 * The company that runs Relay, as its documents name it (quotes, invoices): {@code relay.supplier.*}.
 * The defaults are the demo's cargo company. {@code vatPayer}: invoices add 20 % VAT (else "без ПДВ");
 * {@code paymentDays}: days an invoice gives to pay. A wrong IBAN stops the start with a clear message.
 * Since setup, these are the demo's company and setup's suggestions; documents take the company recorded
 * in the database ({@link OwnCompany}).
 */
@ConfigurationProperties("relay.supplier")
public record Supplier(@DefaultValue("ТОВ «Релей Карго»") String name, @DefaultValue("43125670") String edrpou,
		@DefaultValue("04071, м. Київ, вул. Ярославська, 58") String address,
		@DefaultValue("UA743052990000026007233566001") String iban, @DefaultValue("АТ «Приватбанк»") String bank,
		@DefaultValue("+380443334455") String phone, @DefaultValue("sales@cargo.example") String email,
		@DefaultValue("true") boolean vatPayer, @DefaultValue("5") int paymentDays) {

	public Supplier {
		if (!Iban.isValid(iban)) {
			throw new IllegalArgumentException("relay.supplier.iban is not a valid IBAN: " + iban);
		}
		iban = Iban.of(iban).value();
	}

}
