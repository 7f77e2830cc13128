package ua.relay.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.platform.UserManagement;

/**
 * The page an invitation's link opens, for someone not signed in: they choose their password and sign in
 * with it. A link used, replaced by a newer invitation or expired says so (410) and offers nothing.
 */
@Controller
class InvitationController {

	private final UserManagement users;

	InvitationController(UserManagement users) {
		this.users = users;
	}

	@GetMapping("/invitation/{token}")
	String page(@PathVariable String token, Model model, HttpServletResponse response) {
		var login = users.invitedLogin(token);
		if (login.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_GONE);
		}
		model.addAttribute("username", login.orElse(null));
		model.addAttribute("token", token);
		model.addAttribute("minPassword", UserManagement.MIN_PASSWORD);
		return "platform/invitation";
	}

	@PostMapping("/invitation/{token}")
	String accept(@PathVariable String token, @RequestParam(required = false) String password,
			@RequestParam(required = false) String passwordAgain, RedirectAttributes redirect) {
		String login = users.acceptInvitation(token, password, passwordAgain);
		redirect.addFlashAttribute("message", "invitation.accepted");
		redirect.addAttribute("username", login);
		return "redirect:/login";
	}

}
