package ua.relay.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import ua.relay.TestDatabase;
import ua.relay.party.CompanyCard.Contact;
import ua.relay.party.NewCompany.NewContact;
import ua.relay.shared.EmailAddress;
import ua.relay.shared.PhoneNumber;

/** A card is read whole: every phone in order, every contact by name with their own phone, and no more. */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabase.class)
class CompanyCardsIT {

	/** Six digits of this run's numbers, so that runs on one database do not meet. */
	private static final String RUN = String.format("%06d", new java.util.Random().nextInt(1_000_000));

	@Autowired
	CompanyDirectory directory;

	@Test
	void readsEveryPhoneAndContactOfEachCompanyAndNothingOfAnother() {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		var withContacts = register("Карта Контакти " + unique, List.of(phone(1), phone(2), phone(3)),
				List.of(new NewContact("Яковенко Олена", "Бухгалтер", null, phone(4)),
						new NewContact("Андрієнко Петро", "Директор", new EmailAddress("petro." + unique + "@example.com"), null)));
		var bare = register("Карта Порожня " + unique, List.of(phone(5)), List.of());
		var noPhones = register("Карта Без Номерів " + unique, List.of(), List.of());

		var card = directory.getCard(withContacts);
		assertThat(card.phones()).containsExactly(phone(1).e164(), phone(2).e164(), phone(3).e164(), phone(4).e164());
		assertThat(card.contacts()).containsExactly(
				new Contact("Андрієнко Петро", "Директор", "petro." + unique + "@example.com", null),
				new Contact("Яковенко Олена", "Бухгалтер", null, phone(4).e164()));

		var cards = directory.cards(List.of(bare, withContacts, noPhones, bare));
		assertThat(cards).containsOnlyKeys(bare, withContacts, noPhones);
		assertThat(cards.get(withContacts)).isEqualTo(card);
		assertThat(cards.get(bare).phones()).containsExactly(phone(5).e164());
		assertThat(cards.get(bare).contacts()).isEmpty();
		assertThat(cards.get(noPhones).phones()).isEmpty();
		assertThat(cards.get(noPhones).name()).isEqualTo("Карта Без Номерів " + unique);
	}

	private CompanyId register(String name, List<PhoneNumber> phones, List<NewContact> contacts) {
		return directory.register(new NewCompany(name, "ТОВ", null, "Логістика", SizeBand.SMALL, "Київська", "Київ", phones,
				contacts)).companyId();
	}

	private static PhoneNumber phone(int n) {
		return PhoneNumber.parse("+38044" + RUN + n);
	}
}
