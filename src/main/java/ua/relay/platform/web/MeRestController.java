package ua.relay.platform.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ua.relay.platform.Actor;
import ua.relay.platform.Notifications;
import ua.relay.platform.UserManagement;
import ua.relay.platform.security.ApiTokens;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The calling user and their personal API tokens")
class MeRestController {

	private final UserManagement users;

	private final Notifications notifications;

	MeRestController(UserManagement users, Notifications notifications) {
		this.users = users;
		this.notifications = notifications;
	}

	record MyNotifications(long unread, List<Notifications.View> latest) {
	}

	@GetMapping("/notifications")
	@Operation(summary = "My notifications", description = "How many are unread, and the latest " + Notifications.SHOWN
			+ " (read or not), the newest first; path is the page of the record each is about.")
	MyNotifications notifications(Actor actor) {
		return new MyNotifications(notifications.unread(actor), notifications.recent(actor));
	}

	record TokenRequest(@NotBlank @Size(max = 100) String name) {
	}

	record TokenIssued(String name, String token) {
	}

	@GetMapping
	@Operation(summary = "Who am I")
	Actor me(Actor actor) {
		return actor;
	}

	@GetMapping("/tokens")
	@Operation(summary = "My personal API tokens", description = "Their names and when they were issued; id is the token's "
			+ "SHA-256 (the token itself is never kept).")
	List<ApiTokens.Listed> tokens(Actor actor) {
		return users.tokens(actor);
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke one of my tokens", description = "Its next call is refused.")
	void revoke(Actor actor, @PathVariable String id) {
		users.revokeToken(actor, id);
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a personal API token (shown once) for use as 'Authorization: Bearer <token>'")
	TokenIssued issue(Actor actor, @Valid @RequestBody TokenRequest request) {
		return new TokenIssued(request.name(), users.issueApiToken(actor, request.name()));
	}

}
