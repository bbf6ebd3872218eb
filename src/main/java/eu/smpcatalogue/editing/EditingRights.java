package eu.smpcatalogue.editing;

import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.partnership.Partnership;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the signed-in person may do with an entry, for the public pages to offer only that
 * ({@code ${@editingRights.mayEdit(p)}}); the server decides again on every request that does it.
 */
@Component("editingRights")
public class EditingRights {

	public boolean mayEdit(Partnership partnership) {
		Editor editor = signedIn();
		return editor != null && partnership != null && EditingPolicy.mayEdit(editor, partnership);
	}

	public boolean mayEdit(Country country) {
		Editor editor = signedIn();
		return editor != null && country != null && EditingPolicy.mayEdit(editor, country);
	}

	private static Editor signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof Editor editor ? editor : null;
	}

}
