package ua.relay.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import ua.relay.analytics.pdf.StatementPdf;
import ua.relay.platform.OutgoingMail;
import ua.relay.platform.SqlTime;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.EmployeeView;
import ua.relay.salesorg.Staff;
import ua.relay.shared.Money;

/**
 * At the month's end each salesperson gets last month's commission statement by e-mail, the PDF attached:
 * once (the first instance to record the sending sends it; a message that does not leave is tried again an
 * hour later), in the first {@value #MAILING_DAYS} days of the month, to those with an e-mail address and
 * something on their statement.
 */
@Service
public class StatementMailing {

	static final int MAILING_DAYS = 5;

	private static final Logger log = LoggerFactory.getLogger(StatementMailing.class);

	private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

	private final CommissionStatements statements;

	private final Staff staff;

	private final OutgoingMail mail;

	private final JdbcClient jdbc;

	private final Clock clock;

	StatementMailing(CommissionStatements statements, Staff staff, OutgoingMail mail, JdbcClient jdbc, Clock clock) {
		this.statements = statements;
		this.staff = staff;
		this.mail = mail;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "0 0 * * * *", zone = "Europe/Kyiv")
	@SchedulerLock(name = "statement-mailing")
	void hourly() {
		mailDue();
	}

	/** Sends last month's statements not sent yet, in the first days of the month; how many left. */
	public int mailDue() {
		var today = LocalDate.now(clock);
		if (today.getDayOfMonth() > MAILING_DAYS || !mail.available()) {
			return 0;
		}
		var month = YearMonth.from(today).minusMonths(1);
		Map<EmployeeId, EmployeeView> people = staff.all().stream()
			.collect(Collectors.toMap(EmployeeView::id, Function.identity()));
		int sent = 0;
		for (var statement : statements.forMailing(month)) {
			var person = people.get(statement.employee());
			if (person == null || person.email() == null || person.email().isBlank() || statement.items().isEmpty()
					|| !claim(statement.employee(), month)) {
				continue;
			}
			try {
				mail.send(person.email(), subject(month), text(statement),
						new OutgoingMail.Attachment("komisiya-" + month + ".pdf", StatementPdf.render(statement, clock.getZone()),
								"application/pdf"));
				sent++;
			}
			catch (RuntimeException notSent) {
				release(statement.employee(), month);
				log.warn("Statement of {} for {} not sent ({}); tried again in an hour", statement.employee(), month,
						notSent.getMessage());
			}
		}
		return sent;
	}

	private boolean claim(EmployeeId employee, YearMonth month) {
		try {
			return jdbc.sql("""
					insert into analytics_statement_mail (employee_id, statement_month, sent_at)
					values (:employee, :month, :now)""")
				.param("employee", employee.value())
				.param("month", month.toString())
				.param("now", SqlTime.of(clock.instant()))
				.update() == 1;
		}
		catch (DuplicateKeyException sentAlready) {
			return false;
		}
	}

	private void release(EmployeeId employee, YearMonth month) {
		jdbc.sql("delete from analytics_statement_mail where employee_id = :employee and statement_month = :month")
			.param("employee", employee.value())
			.param("month", month.toString())
			.update();
	}

	private static String subject(YearMonth month) {
		return "Нарахування комісії за " + month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, UKRAINIAN) + " "
				+ month.getYear();
	}

	private static String text(Statement statement) {
		return "Добрий день, " + statement.employeeName() + "!\n\nУ вкладенні — ваша виписка нарахувань комісії за "
				+ statement.month().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, UKRAINIAN) + " "
				+ statement.month().getYear() + ".\nПозицій у виписці: " + statement.items().size() + ", разом "
				+ new Money(statement.total()).text() + ".\nЯкщо щось не так, напишіть керівнику відділу продажів.\n";
	}

}
