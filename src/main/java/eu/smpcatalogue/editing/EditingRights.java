package eu.smpcatalogue.editing;

import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.PartnershipSummary;
import eu.smpcatalogue.partnership.Partnerships;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the signed-in person may edit an entry, for pages to offer an Edit link only where following it
 * would not be refused: {@code @editingRights.mayEdit(partnership)} in a template. The server still checks
 * every request (EditingPolicy); this only decides what is shown.
 */
@Component("editingRights")
public class EditingRights {

	private final Partnerships partnerships;

	EditingRights(Partnerships partnerships) {
		this.partnerships = partnerships;
	}

	public boolean mayEdit(Partnership partnership) {
		Editor editor = editor();
		return editor != null && partnership != null && EditingPolicy.mayEdit(editor, partnership);
	}

	public boolean mayEdit(Country country) {
		Editor editor = editor();
		return editor != null && country != null && EditingPolicy.mayEdit(editor, country);
	}

	/** A partnership as a list shows it: looked up only for a signed-in person. */
	@Transactional(readOnly = true)
	public boolean mayEdit(PartnershipSummary summary) {
		Editor editor = editor();
		if (editor == null || summary == null) {
			return false;
		}
		return editor.isAdministrator()
				|| partnerships.findAny(summary.slug()).map(partnership -> EditingPolicy.mayEdit(editor, partnership)).orElse(false);
	}

	private static Editor editor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof Editor editor ? editor : null;
	}

}
