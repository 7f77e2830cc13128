package ua.relay.prospecting.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.prospecting.DoNotCallList;
import ua.relay.shared.PhoneNumber;

@Controller
@RequestMapping("/prospecting/manage/do-not-call")
class DoNotCallController {

	private final DoNotCallList list;

	DoNotCallController(DoNotCallList list) {
		this.list = list;
	}

	record EntryForm(@NotBlank @Size(max = 40) String phone, @NotBlank @Size(max = 300) String reason) {
	}

	/** The list, the newest first, a page at a time; {@code number} finds the entries of a number. */
	@GetMapping
	String list(@RequestParam(required = false) String number, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("entries", list.page(number, page));
		model.addAttribute("number", number == null ? "" : number);
		model.addAttribute("numberProblem", number != null && !number.isBlank() && !number.matches(".*\\d.*"));
		model.addAttribute("size", list.size());
		if (!model.containsAttribute("entryForm")) {
			model.addAttribute("entryForm", new EntryForm("", ""));
		}
		return "prospecting/do-not-call";
	}

	@PostMapping
	String add(@Valid @ModelAttribute("entryForm") EntryForm form, BindingResult errors, Actor actor, Model model,
			RedirectAttributes redirect) {
		var phone = PhoneNumber.tryParse(form.phone());
		if (phone.isEmpty()) {
			errors.rejectValue("phone", "do-not-call.phone-invalid");
		}
		if (errors.hasErrors()) {
			return list(null, 1, model);
		}
		try {
			list.add(phone.get(), form.reason(), actor);
		}
		catch (DomainException ex) {
			errors.rejectValue("phone", "problem." + ex.code());
			return list(null, 1, model);
		}
		redirect.addFlashAttribute("message", "do-not-call.added");
		return "redirect:/prospecting/manage/do-not-call";
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable UUID id, RedirectAttributes redirect) {
		list.remove(id);
		redirect.addFlashAttribute("message", "do-not-call.removed");
		return "redirect:/prospecting/manage/do-not-call";
	}

}
