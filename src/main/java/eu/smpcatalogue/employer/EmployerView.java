package eu.smpcatalogue.employer;

import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.occupation.IscoGroup;
import eu.smpcatalogue.partnership.Sector;

/**
 * The employers' page: the choices offered, what was chosen, and the partnerships found, ongoing ones first,
 * then completed ones, then the others. {@code catalogueQuery} is the same selection as catalogue parameters
 * ("destination=DE&amp;occupation=2221") for the catalogue and its downloads.
 */
record EmployerView(List<IscoGroup> occupations, List<Sector> sectors, List<CountryChoice> countries, Need need,
		String country, String catalogueQuery, List<EmployerEntry> ongoing, List<EmployerEntry> completed,
		List<EmployerEntry> others, long total, boolean truncated) {

	public boolean isSearched() {
		return need != null || country != null;
	}

	public String needValue() {
		return need == null ? "" : need.formValue();
	}

	/** What was chosen, as the form names it; null for no choice. */
	public String needLabel(Locale locale) {
		if (need == null) {
			return null;
		}
		if ("occupation".equals(need.facet())) {
			return occupations.stream().filter(g -> g.code().equals(need.value())).map(g -> g.label(locale)).findFirst()
				.orElse(need.value());
		}
		return sectors.stream().filter(s -> s.getSlug().equals(need.value())).map(s -> s.getName().in(locale)).findFirst()
			.orElse(need.value());
	}

	public String countryLabel(Locale locale) {
		return country == null ? null : countries.stream().filter(c -> c.code().equals(country)).map(c -> c.name().in(locale))
			.findFirst().orElse(country);
	}

	/** A destination offered in the form: a country some published partnership goes to. */
	record CountryChoice(String code, LocalizedText name) {
	}

}
