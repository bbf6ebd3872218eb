package eu.smpcatalogue.editing;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.partnership.Partnership;

/**
 * Who may change what, decided on the server for every request: an administrator anything; a contact
 * point its own country's entry, and the partnerships its country reports or is a destination of. Making
 * an entry part of a programme changes the programme's page too, so it takes the right to edit both.
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

	/** Whether the editor may link an entry to this programme (unlinking one's own entry needs no more). */
	static boolean mayLinkTo(Editor editor, Partnership programme) {
		return mayEdit(editor, programme);
	}

	/** The countries whose contact points may edit the partnership, reporting country first. */
	static List<Country> editedBy(Partnership partnership) {
		Set<Country> countries = new LinkedHashSet<>();
		if (partnership.getReportingCountry() != null) {
			countries.add(partnership.getReportingCountry());
		}
		partnership.getDestinationCountries()
			.stream()
			.sorted(Comparator.comparing(Country::getCode))
			.forEach(countries::add);
		return List.copyOf(countries);
	}

	/** The refusal of a partnership that is not the editor's, naming whose it is. */
	static NotYoursException notYours(Partnership partnership) {
		return new NotYoursException(editedBy(partnership).stream().map(Country::getName).toList(),
				"/partnerships/" + partnership.getSlug(), true);
	}

	static NotYoursException notYours(Country country) {
		return new NotYoursException(List.of(country.getName()), "/countries/" + country.getCode(), false);
	}

	static boolean mayEdit(Editor editor, Country country) {
		return editor.isAdministrator() || editor.answersFor(country.getCode());
	}

}
