package eu.smpcatalogue.editing;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * A new organisation as an editor describes it (a name in either language is enough), the partnership
 * form it was asked from ({@code draft}, if any), and the possible duplicates already shown to the editor
 * ({@code offered}), which creating it anyway confirms.
 */
record OrganisationForm(@Size(max = 300) String nameEn, @Size(max = 300) String nameFr, @Size(max = 40) String acronym,
		String kind, String country, @Size(max = 1000) String website, String draft, List<String> offered) {

	OrganisationForm {
		offered = offered == null ? List.of() : List.copyOf(offered.stream().filter(slug -> slug != null).toList());
	}

	static OrganisationForm empty(String draft) {
		return new OrganisationForm(null, null, null, null, null, null, draft, List.of());
	}

}
