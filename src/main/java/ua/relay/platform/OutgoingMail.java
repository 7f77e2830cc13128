package ua.relay.platform;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.util.ByteArrayDataSource;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * E-mail to a client or an employee over the company's SMTP server ({@code spring.mail.*}, from
 * {@code relay.mail.from}), a document attached. A message that cannot leave is a refusal the sender
 * sees ({@code mail.not-sent}), never a silent loss; without a server configured, {@code mail.no-smtp}.
 */
@Service
public class OutgoingMail {

	private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	private final MeterRegistry metrics;

	OutgoingMail(ObjectProvider<JavaMailSender> mail, @Value("${relay.mail.from:relay@localhost}") String from,
			MeterRegistry metrics) {
		this.metrics = metrics;
		this.mail = mail;
		this.from = from;
	}

	/** A file sent with the message. */
	public record Attachment(String name, byte[] content, String contentType) {
	}

	public boolean available() {
		return mail.getIfAvailable() != null;
	}

	/** Sends the message now; refused with the reason if it does not leave. */
	public void send(String to, String subject, String text, Attachment attachment) {
		var sender = mail.getIfAvailable();
		if (sender == null) {
			throw DomainException.conflict("mail.no-smtp", "No SMTP server is configured (spring.mail.host)");
		}
		try {
			var message = sender.createMimeMessage();
			var helper = new MimeMessageHelper(message, attachment != null, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(text);
			if (attachment != null) {
				helper.addAttachment(attachment.name(), new ByteArrayDataSource(attachment.content(), attachment.contentType()));
			}
			sender.send(message);
			metrics.counter("relay.mail.sent", "kind", "document").increment();
		}
		catch (MailException | MessagingException ex) {
			metrics.counter("relay.mail.failed", "kind", "document").increment();
			log.warn("E-mail to {} not sent: {}", to, ex.getMessage());
			throw DomainException.conflict("mail.not-sent", "The e-mail to " + to + " could not be sent: " + ex.getMessage(),
					to);
		}
	}

}
