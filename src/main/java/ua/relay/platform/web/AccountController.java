package ua.relay.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.platform.Actor;
import ua.relay.platform.UserManagement;
import ua.relay.platform.security.RelayUserDetails;
import ua.relay.platform.security.Totp;

/**
 * A user's own account: their personal API tokens and their password, which a login started with a one-time password must change before
 * any other page opens ({@link FirstPasswordGate}).
 */
@Controller
class AccountController {

	static final String PASSWORD_PAGE = "/account/password";

	/** The session's attribute holding a second factor's secret until a code confirms it. */
	private static final String PENDING_SECRET = AccountController.class.getName() + ".pendingSecret";

	private final UserManagement users;

	AccountController(UserManagement users) {
		this.users = users;
	}

	@GetMapping(PASSWORD_PAGE)
	String passwordPage(Actor actor, Model model) {
		model.addAttribute("mustChange", users.mustChangePassword(actor.userId()));
		model.addAttribute("minPassword", UserManagement.MIN_PASSWORD);
		return "platform/password";
	}

	@PostMapping(PASSWORD_PAGE)
	String changePassword(Actor actor, @RequestParam String current, @RequestParam String password,
			@RequestParam String passwordAgain, RedirectAttributes redirect) {
		users.changePassword(actor, current, password, passwordAgain);
		redirect.addFlashAttribute("message", "password.changed");
		return "redirect:/";
	}

	/** The user's own page: their password, personal API tokens and (the head's, the administrator's) second factor. */
	@GetMapping("/account")
	String account(Actor actor, Model model, HttpSession session) {
		model.addAttribute("tokens", users.tokens(actor));
		boolean allowed = UserManagement.mayUseSecondFactor(actor);
		model.addAttribute("secondFactorAllowed", allowed);
		if (allowed) {
			boolean on = users.hasSecondFactor(actor);
			model.addAttribute("secondFactorOn", on);
			if (!on && session.getAttribute(PENDING_SECRET) instanceof String secret) {
				model.addAttribute("pendingSecret", secret.replaceAll("(.{4})", "$1 ").strip());
				model.addAttribute("pendingUri", Totp.uri("Relay", actor.username(), secret));
			}
		}
		return "platform/account";
	}

	/** A new secret for the authenticator app, kept in the session until a code of it confirms it. */
	@PostMapping("/account/second-factor/start")
	String startSecondFactor(Actor actor, HttpSession session) {
		if (!UserManagement.mayUseSecondFactor(actor)) {
			throw ua.relay.platform.DomainException.forbidden("totp.not-for-role",
					"A second factor is for the head and the administrator");
		}
		session.setAttribute(PENDING_SECRET, Totp.newSecret());
		return "redirect:/account#second-factor";
	}

	@PostMapping("/account/second-factor")
	String enableSecondFactor(Actor actor, @RequestParam(required = false) String code, HttpSession session,
			RedirectAttributes redirect) {
		users.enableSecondFactor(actor, (String) session.getAttribute(PENDING_SECRET), code);
		session.removeAttribute(PENDING_SECRET);
		redirect.addFlashAttribute("message", "second-factor.enabled");
		return "redirect:/account#second-factor";
	}

	@PostMapping("/account/second-factor/off")
	String disableSecondFactor(Actor actor, @RequestParam(required = false) String code, RedirectAttributes redirect) {
		users.disableSecondFactor(actor, code);
		redirect.addFlashAttribute("message", "second-factor.disabled");
		return "redirect:/account#second-factor";
	}

	/** A new personal API token, shown on the page this once. */
	@PostMapping("/account/tokens")
	String issueToken(Actor actor, @RequestParam(required = false) String name, RedirectAttributes redirect) {
		redirect.addFlashAttribute("issued", users.issueApiToken(actor, name));
		return "redirect:/account#issued";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(Actor actor, @PathVariable String id, RedirectAttributes redirect) {
		users.revokeToken(actor, id);
		redirect.addFlashAttribute("message", "account.token-revoked");
		return "redirect:/account";
	}

	/** Sends a user who still has a one-time password to the password page, from any page. */
	@org.springframework.stereotype.Component
	static class FirstPasswordGate implements HandlerInterceptor {

		private final UserManagement users;

		FirstPasswordGate(UserManagement users) {
			this.users = users;
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !(authentication.getPrincipal() instanceof RelayUserDetails user)
					|| !users.mustChangePassword(user.actor().userId())) {
				return true;
			}
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			return false;
		}

	}

}
