package ua.relay.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.platform.Role;
import ua.relay.shared.Money;

/** Quotes for cargo services: numbered without repeats, and the PDF says it all in Ukrainian. */
@IntegrationTest
class QuotesIT {

	@Autowired
	Staffing staffing;

	@Autowired
	ua.relay.Deals deals;

	@Autowired
	Quotes quotes;

	@Autowired
	Clock clock;

	private NewQuote kyivLviv() {
		return new NewQuote("Київ", "Львів", "Палети з побутовою технікою", new BigDecimal("12500"), new BigDecimal("48"),
				Money.uah(48_500), LocalDate.now(clock).plusDays(14));
	}

	@Test
	void theQuotesPdfSaysItAllInUkrainian() throws Exception {
		var deal = deals.open();
		var closer = Staffing.as(deal.closerId(), Role.CLOSER);

		var quote = quotes.give(deal.id(), kyivLviv(), closer);

		assertThat(quote.number()).matches("КП-\\d{4}-\\d{4}");
		byte[] pdf = quotes.pdf(quote.id(), closer);
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		// table cells wrap, so the words are compared without the spaces and line breaks between them
		String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1).replaceAll("[\\s\\u00a0]+", "");
		assertThat(text).contains("Комерційнапропозиція", quote.number(), "Київ—Львів", "Палетизпобутовоютехнікою",
				"48500,00грн", "Пропозиціядійснадо", deal.company().name().replaceAll("\\s+", ""), "ут.ч.ПДВ20%",
				"Вашменеджер:", "@relay.test");
	}

	@Test
	void quotesGivenAtOnceGetDistinctNumbersAndOnlyTheClosersOpenDealIsQuoted() throws Exception {
		var deal = deals.open();
		var closer = Staffing.as(deal.closerId(), Role.CLOSER);
		var tasks = new ArrayList<Callable<String>>();
		for (int i = 0; i < 12; i++) {
			tasks.add(() -> quotes.give(deal.id(), kyivLviv(), closer).number());
		}
		var numbers = new HashSet<String>();
		var pool = Executors.newFixedThreadPool(6);
		try {
			for (var future : pool.invokeAll(tasks)) {
				numbers.add(future.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(numbers).hasSize(12);
		assertThat(quotes.ofDeal(deal.id(), closer)).hasSize(12);

		var someoneElse = staffing.hire(Role.CLOSER);
		assertThatThrownBy(() -> quotes.give(deal.id(), kyivLviv(), someoneElse)).isInstanceOf(RuntimeException.class);
		assertThatThrownBy(() -> new NewQuote("Київ", "Львів", "Палети", BigDecimal.ZERO, null, Money.uah(1),
				LocalDate.now(clock))).hasMessageContaining("weight");
	}

}
