package ua.relay.prospecting;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.platform.ListPage;
import ua.relay.prospecting.jdbc.JdbcDoNotCallRegistry;
import ua.relay.salesorg.EmployeeId;
import ua.relay.shared.PhoneNumber;

/**
 * The head's do-not-call list. The call queue checks it each time it hands out a prospect, so a number
 * added here is not called again even if it is already queued.
 */
@Service
public class DoNotCallList {

	private final JdbcDoNotCallRegistry registry;

	private final Clock clock;

	DoNotCallList(JdbcDoNotCallRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	@Transactional
	public void add(PhoneNumber phone, String reason, Actor actor) {
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid("do-not-call.reason", "Say why the number must not be called");
		}
		var by = actor.employee().map(EmployeeId::new).orElse(null);
		if (!registry.barPhone(phone.e164(), null, reason.strip(), by, clock.instant())) {
			throw DomainException.conflict("do-not-call.exists", phone + " is on the list already");
		}
	}

	@Transactional
	public void remove(UUID entry) {
		if (!registry.remove(entry)) {
			throw DomainException.notFound("do-not-call.not-found", "No entry " + entry);
		}
	}

	public List<DoNotCallEntry> latest() {
		return registry.latest(500);
	}

	/** The newest entries first, a page at a time; with {@code number}, those whose phone holds its digits. */
	public ListPage<DoNotCallEntry> page(String number, int page) {
		String digits = number == null ? "" : number.replaceAll("\\D", "");
		long total = registry.count(digits);
		int shown = ListPage.shown(page, total, ListPage.SIZE);
		return new ListPage<>(registry.page(digits, ListPage.SIZE, (shown - 1) * ListPage.SIZE), shown, ListPage.SIZE, total);
	}

	public long size() {
		return registry.count();
	}

}
