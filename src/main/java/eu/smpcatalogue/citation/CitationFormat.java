package eu.smpcatalogue.citation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;

/**
 * The formats reference managers import: BibTeX, RIS and CSL-JSON, each with its file extension, the name a
 * {@code ?format=} gives and its media type (UTF-8 in each case).
 */
public enum CitationFormat {

	BIBTEX("bib", "bibtex", new MediaType("application", "x-bibtex", StandardCharsets.UTF_8)),

	RIS("ris", "ris", new MediaType("application", "x-research-info-systems", StandardCharsets.UTF_8)),

	CSL_JSON("csl.json", "csl-json", new MediaType("application", "vnd.citationstyles.csl+json", StandardCharsets.UTF_8));

	private final String extension;

	private final String parameter;

	private final MediaType mediaType;

	CitationFormat(String extension, String parameter, MediaType mediaType) {
		this.extension = extension;
		this.parameter = parameter;
		this.mediaType = mediaType;
	}

	public String extension() {
		return extension;
	}

	public String parameter() {
		return parameter;
	}

	public MediaType mediaType() {
		return mediaType;
	}

	/** The format a file extension ({@code bib}) or a {@code format} parameter ({@code bibtex}) names, in any case. */
	public static Optional<CitationFormat> named(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String wanted = name.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(format -> format.extension.equals(wanted) || format.parameter.equals(wanted))
			.findFirst();
	}

	/** The references in this format, as text. */
	public String write(List<Reference> references) {
		return switch (this) {
			case BIBTEX -> BibTex.write(references);
			case RIS -> Ris.write(references);
			case CSL_JSON -> CslJson.write(references);
		};
	}

}
