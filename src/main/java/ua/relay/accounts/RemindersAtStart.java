package ua.relay.accounts;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Today's reminders exist from the start, not only after the next morning's sweep. */
@Component
class RemindersAtStart {

	private final Cadence cadence;

	RemindersAtStart(Cadence cadence) {
		this.cadence = cadence;
	}

	@EventListener(ApplicationReadyEvent.class)
	void sweep() {
		cadence.sweep();
	}

}
