package ua.relay.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The company that runs Relay, as its documents name it (quotes, invoices): {@code relay.supplier.*}.
 * The defaults are the demo's cargo company.
 */
@ConfigurationProperties("relay.supplier")
public record Supplier(@DefaultValue("ТОВ «Релей Карго»") String name, @DefaultValue("43125674") String edrpou,
		@DefaultValue("04071, м. Київ, вул. Ярославська, 58") String address,
		@DefaultValue("UA743052990000026007233566001") String iban, @DefaultValue("АТ «Приватбанк»") String bank,
		@DefaultValue("+380443334455") String phone, @DefaultValue("sales@cargo.example") String email) {
}
