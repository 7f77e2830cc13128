package ua.relay.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;

import jakarta.mail.Multipart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import ua.relay.Deals;
import ua.relay.Mailbox;
import ua.relay.Staffing;
import ua.relay.TestDatabase;
import ua.relay.conversion.Pipeline;
import ua.relay.platform.ApplicationClock;
import ua.relay.platform.Role;
import ua.relay.shared.Money;

/**
 * At the month's end each salesperson receives last month's commission statement through a real SMTP
 * server, the PDF attached, once however often the sending runs.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
@ContextConfiguration(initializers = TestDatabase.class)
class StatementMailIT {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	Staffing staffing;

	@Autowired
	Deals deals;

	@Autowired
	Pipeline pipeline;

	@Autowired
	StatementMailing mailing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aClosersStatementForLastMonthArrivesWithItsPdfOnce() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		String address = "closer-" + closer.requireEmployee() + "@relay.example";
		jdbc.sql("update salesorg_employee set email = :email where id = :id")
			.param("email", address)
			.param("id", closer.requireEmployee())
			.update();
		var deal = deals.openFor(closer);
		pipeline.win(deal.id(), Money.uah(30_000), closer);
		var month = YearMonth.now(clock);
		try {
			((ApplicationClock) clock).setTo(month.plusMonths(1).atDay(1).atTime(9, 0).atZone(clock.getZone()).toInstant());
			assertThat(mailing.mailDue()).isPositive();
			mailing.mailDue();
		}
		finally {
			((ApplicationClock) clock).resetToPresent();
		}
		var mine = java.util.Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> {
				try {
					return m.getAllRecipients()[0].toString().equals(address);
				}
				catch (jakarta.mail.MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			})
			.toList();
		assertThat(mine).as("one statement, however often the sending ran").hasSize(1);
		var mail = Mailbox.lastTo(smtp, address);
		assertThat(mail.getSubject()).startsWith("Нарахування комісії за ").endsWith(String.valueOf(month.getYear()));
		var parts = (Multipart) mail.getContent();
		assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("komisiya-" + month + ".pdf");
		assertThat(parts.getBodyPart(1).getInputStream().readNBytes(5)).asString().isEqualTo("%PDF-");
	}

}
