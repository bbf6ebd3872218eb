package eu.smpcatalogue.editing;

import eu.smpcatalogue.history.History;
import jakarta.validation.constraints.Size;

import org.springframework.ui.Model;

/**
 * What retiring, restoring or restoring an earlier version sends: only the reason the editor may give, checked
 * here before the database's limit is reached.
 */
record ReasonForm(@Size(max = History.REASON_LENGTH) String reason) {

	/** The page that gives such a form back when its reason was refused ({@code editing/again}). */
	static String again(Model model, String heading, String name, String action, String button, String back) {
		model.addAttribute("heading", heading);
		model.addAttribute("name", name);
		model.addAttribute("action", action);
		model.addAttribute("button", button);
		model.addAttribute("back", back);
		return "editing/again";
	}

}
