package eu.smpcatalogue.editing;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * A new source document as an editor describes it, the partnership form it was asked from ({@code draft},
 * if any), and the possible duplicates already shown to the editor ({@code offered}).
 */
record SourceDocumentForm(@Size(max = 500) String title, @Size(max = 300) String publisher, @Size(max = 40) String published,
		@Size(max = 1000) String url, @Size(max = PartnershipForm.LANGUAGE_TAG_LENGTH) String language, String draft,
		List<String> offered) {

	SourceDocumentForm {
		offered = offered == null ? List.of() : List.copyOf(offered.stream().filter(key -> key != null).toList());
	}

	static SourceDocumentForm empty(String draft) {
		return new SourceDocumentForm(null, null, null, null, null, draft, List.of());
	}

}
