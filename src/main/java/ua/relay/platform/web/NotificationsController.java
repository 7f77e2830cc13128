package ua.relay.platform.web;

import java.util.UUID;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.platform.Actor;
import ua.relay.platform.Notifications;
import ua.relay.platform.security.RelayUserDetails;

/**
 * The bell in the top bar, which every page asks again every quarter of a minute, and the list behind it:
 * a notification opened is read and leads to its record.
 */
@Controller
class NotificationsController {

	private final Notifications notifications;

	NotificationsController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(Actor actor, Model model) {
		model.addAttribute("notifications", notifications.recent(actor));
		model.addAttribute("unread", notifications.unread(actor));
		return "platform/notifications";
	}

	@GetMapping("/notifications/bell")
	String bell(Actor actor, Model model) {
		model.addAttribute("unread", notifications.unread(actor));
		return "platform/notifications :: bell";
	}

	/** Opens what the notification is about, and counts it read. */
	@GetMapping("/notifications/{id}")
	String open(@PathVariable UUID id, Actor actor) {
		return "redirect:" + notifications.open(id, actor).orElse("/notifications");
	}

	@PostMapping("/notifications/read")
	String readAll(Actor actor, RedirectAttributes redirect) {
		notifications.readAll(actor);
		redirect.addFlashAttribute("message", "notifications.all-read");
		return "redirect:/notifications";
	}

	/** The count the layout shows on the first paint of every page, before the bell asks again. */
	@Component("notificationBell")
	static class Bell {

		private final Notifications notifications;

		Bell(Notifications notifications) {
			this.notifications = notifications;
		}

		public long unread() {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !(authentication.getPrincipal() instanceof RelayUserDetails user)) {
				return 0;
			}
			Actor actor = user.actor();
			return notifications.unread(actor);
		}

	}

}
