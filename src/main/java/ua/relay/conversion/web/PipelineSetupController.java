package ua.relay.conversion.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.conversion.PipelineSetup;
import ua.relay.conversion.domain.Stage;
import ua.relay.conversion.domain.StageKind;
import ua.relay.platform.DomainException;

/**
 * The head's pipeline editor: a row per stage (code, names, position, odds), one empty row to add an
 * open stage, a box to remove one. Won and lost keep their kind.
 */
@Controller
@RequestMapping("/conversion/manage/stages")
class PipelineSetupController {

	private final PipelineSetup setup;

	PipelineSetupController(PipelineSetup setup) {
		this.setup = setup;
	}

	@GetMapping
	String stages(Model model) {
		model.addAttribute("stages", setup.stages().all());
		return "conversion/stages";
	}

	@PostMapping
	String save(@RequestParam List<String> code, @RequestParam List<String> nameUk, @RequestParam List<String> nameEn,
			@RequestParam List<String> position, @RequestParam List<String> probability, @RequestParam List<String> kind,
			@RequestParam(required = false) List<String> remove, RedirectAttributes redirect) {
		var wanted = new ArrayList<Stage>();
		try {
			for (int i = 0; i < code.size(); i++) {
				String c = code.get(i).strip().toUpperCase(Locale.ROOT);
				if (c.isEmpty() || (remove != null && remove.contains(c))) {
					continue;
				}
				wanted.add(new Stage(c, required(nameUk.get(i), c), required(nameEn.get(i), c),
						Integer.parseInt(position.get(i).strip()), StageKind.valueOf(kind.get(i)),
						Integer.parseInt(probability.get(i).strip())));
			}
			setup.replace(wanted);
			redirect.addFlashAttribute("message", "pipeline.saved");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("pipelineProblem", ex.getMessage());
		}
		catch (DomainException ex) {
			if (ex.kind() != DomainException.Kind.INVALID) {
				throw ex;
			}
			redirect.addFlashAttribute("pipelineProblem", ex.getMessage());
		}
		return "redirect:/conversion/manage/stages";
	}

	private static String required(String name, String code) {
		if (name == null || name.isBlank() || name.strip().length() > 60) {
			throw new IllegalArgumentException("The stage " + code + " needs a name of up to 60 characters in both languages");
		}
		return name.strip();
	}

}
