package eu.smpcatalogue.editing;

import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.partnership.Partnership;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Checked, nothing to change": someone who may edit an entry confirms it as it stands. The check is
 * recorded (and shown on the entry's page); the entry and its history stay as they are.
 */
@Controller
class VerificationController {

	private final PartnershipEditor partnershipEditor;

	private final CountryEditor countryEditor;

	VerificationController(PartnershipEditor partnershipEditor, CountryEditor countryEditor) {
		this.partnershipEditor = partnershipEditor;
		this.countryEditor = countryEditor;
	}

	@PostMapping("/partnerships/{slug}/verified")
	String partnership(@AuthenticationPrincipal Editor user, @PathVariable String slug, RedirectAttributes redirect) {
		Partnership checked = partnershipEditor.verify(slug, user);
		redirect.addFlashAttribute("message", "verification.recorded");
		// A retired entry has no public page: its editor goes back to its form.
		return "redirect:/partnerships/" + checked.getSlug() + (checked.isRetired() ? "/edit" : "");
	}

	@PostMapping("/countries/{code}/verified")
	String country(@AuthenticationPrincipal Editor user, @PathVariable String code, RedirectAttributes redirect) {
		String checked = countryEditor.verify(code, user).getCode();
		redirect.addFlashAttribute("message", "verification.recorded");
		return "redirect:/countries/" + checked;
	}

}
