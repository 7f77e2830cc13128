package ua.relay.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import ua.relay.platform.export.SafeCsv;

/** A cell that would run as a formula in a spreadsheet is written as text; numbers stay numbers. */
class SafeCsvTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = { "=HYPERLINK(A1)|'=HYPERLINK(A1)", "+380671234567|'+380671234567",
			"-2+3|'-2+3", "@SUM(A1)|'@SUM(A1)", "ТОВ «Вантаж»|ТОВ «Вантаж»", "2200.00|2200.00", "-15.5|-15.5", "5 %|5 %" })
	void neutralisesFormulasOnly(String cell, String written) {
		assertThat(SafeCsv.cell(cell)).isEqualTo(written);
	}

	@Test
	void writesUtf8WithAByteOrderMarkAndSemicolons() {
		var csv = new String(SafeCsv.write(List.of("Назва", "Сума"), List.of(List.of("=1+1", "10.00"))), StandardCharsets.UTF_8);

		assertThat(csv).startsWith("\uFEFFНазва;Сума").contains("'=1+1;10.00");
	}

	@Test
	void writesNumbersAsAUkrainianSpreadsheetReadsAndSumsThem() {
		assertThat(SafeCsv.cell(new java.math.BigDecimal("2200.50"))).isEqualTo("2200,50");
		assertThat(SafeCsv.cell(new java.math.BigDecimal("-0.0725"))).isEqualTo("-0,0725");
		assertThat(SafeCsv.cell(0.25)).isEqualTo("0,25");
		assertThat(SafeCsv.cell(1500L)).isEqualTo("1500");
		assertThat(SafeCsv.cell(new java.math.BigDecimal("1E+3"))).isEqualTo("1000");
	}

}
