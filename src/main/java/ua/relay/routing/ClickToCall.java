package ua.relay.routing;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Staff;
import ua.relay.shared.PhoneNumber;

/**
 * Click-to-call: a number clicked in a page is dialled by the configured PBX from the employee's own
 * extension. Where there is no PBX, no extension, or the PBX cannot be reached, the answer says so and the
 * page falls back to the {@code tel:} link (a softphone or the employee's mobile).
 */
@Service
public class ClickToCall {

	private static final Logger log = LoggerFactory.getLogger(ClickToCall.class);

	private final Staff staff;

	private final Optional<PbxDialer> dialer;

	ClickToCall(Staff staff, Telephony telephony, JsonMapper json) {
		this.staff = staff;
		this.dialer = telephony.clickToCall().enabled()
				? Optional.of(PbxDialers.of(telephony.clickToCall(),
						HttpClient.newBuilder().connectTimeout(PbxDialers.TIMEOUT).build(), json))
				: Optional.empty();
	}

	/** What became of a click: {@code placed}, or the reason (a message code) to fall back to {@code tel:}. */
	public record Dialled(PhoneNumber number, boolean placed, String fallbackReason) {

		public String telLink() {
			return "tel:" + number.e164();
		}

	}

	public boolean enabled() {
		return dialer.isPresent();
	}

	public Dialled dial(String number, Actor actor) {
		var phone = PhoneNumber.tryParse(number)
			.orElseThrow(() -> DomainException.invalid("dial.number", "Not a phone number: " + number));
		if (dialer.isEmpty()) {
			return new Dialled(phone, false, "dial.no-pbx");
		}
		String extension = staff.get(new EmployeeId(actor.requireEmployee())).extension();
		if (extension == null) {
			return new Dialled(phone, false, "dial.no-extension");
		}
		try {
			dialer.get().dial(extension, phone);
			log.info("Click-to-call: {} ({}) → {}", actor.username(), extension, phone.e164());
			return new Dialled(phone, true, null);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Click-to-call: {} ({}) → {} failed: {}", actor.username(), extension, phone.e164(), ex.getMessage());
			return new Dialled(phone, false, "dial.pbx-failed");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Dialled(phone, false, "dial.pbx-failed");
		}
	}

}
