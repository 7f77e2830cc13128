package ua.relay.salesorg.rest;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import ua.relay.platform.Actor;
import ua.relay.salesorg.Team;
import ua.relay.salesorg.TeamId;
import ua.relay.salesorg.Teams;
import ua.relay.salesorg.Tier;

@RestController
@RequestMapping("/api/v1/admin/teams")
@Tag(name = "Teams", description = "The department's teams, each of one tier: the administrator's and the head's")
class TeamsRestController {

	private final Teams teams;

	TeamsRestController(Teams teams) {
		this.teams = teams;
	}

	/** {@code tier}: LG, LC or AM. */
	record TeamRequest(String name, Tier tier) {
	}

	@GetMapping
	@Operation(summary = "The teams, open ones first, with their active members counted")
	List<Team> all() {
		return teams.all();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Forms a team of a tier")
	Team form(@RequestBody TeamRequest request, Actor actor) {
		return teams.get(teams.form(request.name(), request.tier(), actor));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Renames a team")
	Team rename(@PathVariable UUID id, @RequestBody TeamRequest request, Actor actor) {
		teams.rename(new TeamId(id), request.name(), actor);
		return teams.get(new TeamId(id));
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Closes a team nobody is in any more", description = "409 team.not-empty while it has members.")
	Team close(@PathVariable UUID id, Actor actor) {
		teams.close(new TeamId(id), actor);
		return teams.get(new TeamId(id));
	}

}
