package eu.smpcatalogue.editing;

import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.partnership.Partnership;

/**
 * Who may change what, decided on the server for every request: an administrator anything; a contact
 * point its own country's entry, and the partnerships its country reports or is a destination of.
 */
final class EditingPolicy {

	private EditingPolicy() {
	}

	static boolean mayEdit(Editor editor, Partnership partnership) {
		if (editor.isAdministrator()) {
			return true;
		}
		return (partnership.getReportingCountry() != null && editor.answersFor(partnership.getReportingCountry().getCode()))
				|| partnership.getDestinationCountries().stream().anyMatch(country -> editor.answersFor(country.getCode()));
	}

	/** Whether a partnership as the form describes it would be the editor's (so nobody hands one away). */
	static boolean mayHold(Editor editor, PartnershipForm form) {
		return editor.isAdministrator() || editor.answersFor(form.getReportingCountry())
				|| form.getDestinationCountries().stream().anyMatch(editor::answersFor);
	}

	static boolean mayEdit(Editor editor, Country country) {
		return editor.isAdministrator() || editor.answersFor(country.getCode());
	}

}
