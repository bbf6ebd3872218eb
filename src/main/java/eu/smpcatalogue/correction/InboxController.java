package eu.smpcatalogue.correction;

import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.correction.Corrections.InboxItem;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A contact point's inbox: the open suggestions for their countries' entries (an administrator's: all of
 * them), each applied through the entry's edit form or declined with a reason.
 */
@Controller
class InboxController {

	private final Corrections corrections;

	InboxController(Corrections corrections) {
		this.corrections = corrections;
	}

	@GetMapping("/account/inbox")
	String inbox(@AuthenticationPrincipal Editor editor, Model model) {
		model.addAttribute("items", corrections.inbox(editor));
		model.addAttribute("inboxSize", CorrectionRepository.INBOX_SIZE);
		return "correction/inbox";
	}

	@GetMapping("/account/inbox/{correction}/decline")
	String declineForm(@AuthenticationPrincipal Editor editor, @PathVariable("correction") long id, Model model) {
		model.addAttribute("form", new DeclineForm());
		return declinePage(editor, id, model);
	}

	@PostMapping("/account/inbox/{correction}/decline")
	String decline(@AuthenticationPrincipal Editor editor, @PathVariable("correction") long id,
			@Valid @ModelAttribute("form") DeclineForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return declinePage(editor, id, model);
		}
		if (!corrections.decline(id, form.getReason(), editor)) {
			throw new CorrectionNotFoundException("correction.notOpen", Long.toString(id));
		}
		redirect.addFlashAttribute("message", "correction.declined");
		return "redirect:/account/inbox";
	}

	private String declinePage(Editor editor, long id, Model model) {
		InboxItem item = corrections.toHandle(id, editor)
			.orElseThrow(() -> new CorrectionNotFoundException("correction.notOpen", Long.toString(id)));
		model.addAttribute("item", item);
		return "correction/decline";
	}

}
