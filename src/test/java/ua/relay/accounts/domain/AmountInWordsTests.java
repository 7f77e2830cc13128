package ua.relay.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountInWordsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"0         | Нуль гривень 00 копійок",
			"0.01      | Нуль гривень 01 копійка",
			"1         | Одна гривня 00 копійок",
			"2.02      | Дві гривні 02 копійки",
			"5.05      | П'ять гривень 05 копійок",
			"11.11     | Одинадцять гривень 11 копійок",
			"21.21     | Двадцять одна гривня 21 копійка",
			"112       | Сто дванадцять гривень 00 копійок",
			"1000      | Одна тисяча гривень 00 копійок",
			"2000      | Дві тисячі гривень 00 копійок",
			"14000     | Чотирнадцять тисяч гривень 00 копійок",
			"48500     | Сорок вісім тисяч п'ятсот гривень 00 копійок",
			"58200.00  | П'ятдесят вісім тисяч двісті гривень 00 копійок",
			"121344.56 | Сто двадцять одна тисяча триста сорок чотири гривні 56 копійок",
			"1000000   | Один мільйон гривень 00 копійок",
			"2345678.9 | Два мільйони триста сорок п'ять тисяч шістсот сімдесят вісім гривень 90 копійок",
			"3000000001 | Три мільярди одна гривня 00 копійок" })
	void spellsAmountsAsUkrainianInvoicesDo(String amount, String words) {
		assertThat(AmountInWords.hryvnias(new BigDecimal(amount))).isEqualTo(words);
	}

}
