package eu.smpcatalogue.employer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an employer needs people in: an ISCO-08 group ({@code occupation-2221}) or a sector
 * ({@code sector-health}), as the form's one list sends it; the catalogue filter parameter it stands for.
 */
record Need(String facet, String value) {

	private static final Pattern FORM_VALUE = Pattern.compile("(occupation|sector)-([a-z0-9]+(?:-[a-z0-9]+)*)");

	static Optional<Need> parse(String formValue) {
		if (formValue == null || formValue.isBlank()) {
			return Optional.empty();
		}
		Matcher matcher = FORM_VALUE.matcher(formValue.strip());
		if (!matcher.matches()) {
			throw new EmployerRequestException("employers.error.need", formValue);
		}
		return Optional.of(new Need(matcher.group(1), matcher.group(2)));
	}

	String formValue() {
		return facet + "-" + value;
	}

}
