package ua.relay.platform;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The words of the e-mails that take documents to clients: a subject and a body per kind, with
 * placeholders in braces that each sending fills ({@code {company}}, {@code {number}}, {@code {amount}},
 * {@code {date}}, {@code {sender}}, {@code {supplier}}). Relay's own Ukrainian until the head words them.
 */
@Service
public class DocumentTexts {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

	/** What a text may ask to be filled in. */
	public static final List<String> PLACEHOLDERS = List.of("company", "number", "amount", "date",
			"sender", "supplier");

	/** What a text goes with. */
	public enum Kind {

		QUOTE("Комерційна пропозиція № {number} від {supplier}", """
				Доброго дня!

				Надсилаємо комерційну пропозицію № {number} для {company} на {amount} грн; вона дійсна до {date}.
				Файл — у вкладенні. Якщо маєте запитання, відповідайте на цей лист або телефонуйте.

				З повагою,
				{sender}
				{supplier}
				"""),
		INVOICE("Рахунок № {number} від {supplier}", """
				Доброго дня!

				Надсилаємо рахунок № {number} для {company} на {amount} грн; сплатити до {date}.
				Рахунок — у вкладенні.

				З повагою,
				{sender}
				{supplier}
				""");

		private final String subject;

		private final String body;

		Kind(String subject, String body) {
			this.subject = subject;
			this.body = body;
		}

	}

	/** A subject and a body, placeholders unfilled. */
	public record Text(String subject, String body) {

		public Text {
			if (subject == null || subject.isBlank() || subject.strip().length() > 300) {
				throw DomainException.invalid("document-text.subject-invalid", "A subject has 1 to 300 characters");
			}
			if (body == null || body.isBlank() || body.strip().length() > 4000) {
				throw DomainException.invalid("document-text.body-invalid", "A text has 1 to 4000 characters");
			}
			subject = subject.strip();
			body = body.strip().replace("\r\n", "\n");
		}

		/** The text with each placeholder replaced by its value; an unknown placeholder is left as written. */
		public Text fill(Map<String, String> values) {
			return new Text(fill(subject, values), fill(body, values));
		}

		private static String fill(String text, Map<String, String> values) {
			Matcher m = PLACEHOLDER.matcher(text);
			var out = new StringBuilder();
			while (m.find()) {
				m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
			}
			m.appendTail(out);
			return out.toString();
		}

	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	DocumentTexts(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public Text of(Kind kind) {
		return jdbc.sql("select subject, body from platform_document_text where kind = ?")
			.param(kind.name())
			.query((rs, n) -> new Text(rs.getString(1), rs.getString(2)))
			.optional()
			.orElseGet(() -> new Text(kind.subject, kind.body));
	}

	/** The head's own words for a kind of e-mail. */
	@Transactional
	public void change(Actor actor, Kind kind, Text text) {
		if (!actor.seesEverything()) {
			throw DomainException.forbidden("settings.head-only", "Only the head of sales words the e-mails");
		}
		int updated = jdbc.sql("update platform_document_text set subject = ?, body = ?, changed_at = ?, changed_by = ? where kind = ?")
			.params(text.subject(), text.body(), SqlTime.of(clock.instant()), actor.username(), kind.name())
			.update();
		if (updated == 0) {
			jdbc.sql("insert into platform_document_text (kind, subject, body, changed_at, changed_by) values (?, ?, ?, ?, ?)")
				.params(kind.name(), text.subject(), text.body(), SqlTime.of(clock.instant()), actor.username())
				.update();
		}
		audit.record(actor, "settings", "e-mail " + kind.name().toLowerCase(Locale.ROOT), text.subject());
	}

}
