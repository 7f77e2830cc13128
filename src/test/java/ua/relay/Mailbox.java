package ua.relay;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/** What a test's mail server received. */
public final class Mailbox {

	private Mailbox() {
	}

	/** The last message to {@code address}, waiting a little for the first to arrive. */
	public static MimeMessage lastTo(GreenMailExtension smtp, String address) throws MessagingException {
		smtp.waitForIncomingEmail(5_000, 1);
		MimeMessage last = null;
		for (var message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(address)) {
				last = message;
			}
		}
		assertThat(last).as("an e-mail to " + address).isNotNull();
		return last;
	}

}
