package ua.relay.prospecting.rest;

import java.util.List;
import java.util.UUID;

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
import ua.relay.platform.DomainException;
import ua.relay.prospecting.DoNotCallEntry;
import ua.relay.prospecting.DoNotCallList;
import ua.relay.shared.PhoneNumber;

@RestController
@RequestMapping("/api/v1/prospecting/manage/do-not-call")
@Tag(name = "Tier 1: do-not-call list", description = "Numbers never to be called; checked at every hand-out")
class DoNotCallRestController {

	private final DoNotCallList list;

	DoNotCallRestController(DoNotCallList list) {
		this.list = list;
	}

	record NewEntry(@NotBlank @Size(max = 40) String phone, @NotBlank @Size(max = 300) String reason) {
	}

	@GetMapping
	@Operation(summary = "The latest 500 entries")
	List<DoNotCallEntry> entries() {
		return list.latest();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Put a number on the list (any Ukrainian or international format)")
	void add(@Valid @RequestBody NewEntry entry, Actor actor) {
		var phone = PhoneNumber.tryParse(entry.phone())
			.orElseThrow(() -> DomainException.invalid("phone.invalid", "Not a phone number: " + entry.phone()));
		list.add(phone, entry.reason(), actor);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Take an entry off the list")
	void remove(@PathVariable UUID id) {
		list.remove(id);
	}

}
