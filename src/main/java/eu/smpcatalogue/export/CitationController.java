package eu.smpcatalogue.export;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.catalogue.Selections;
import eu.smpcatalogue.citation.CitationFormat;
import eu.smpcatalogue.citation.Reference;
import eu.smpcatalogue.citation.References;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.Partnerships;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Citations to download, for reference managers: one entry ({@code /partnerships/palim/cite.bib}) or a
 * selection, filtered as the catalogue is ({@code /partnerships/cite.ris?origin=MA}), in BibTeX, RIS or
 * CSL-JSON, named by the extension or by {@code ?format=}. An attachment with a file name, in UTF-8.
 */
@Controller
class CitationController {

	private final Partnerships partnerships;

	private final PartnershipPages pages;

	private final Selections selections;

	private final References references;

	CitationController(Partnerships partnerships, PartnershipPages pages, Selections selections, References references) {
		this.partnerships = partnerships;
		this.pages = pages;
		this.selections = selections;
		this.references = references;
	}

	@GetMapping("/partnerships/{slug}/cite.{extension:bib|ris|csl\\.json}")
	ResponseEntity<String> entry(@PathVariable String slug, @PathVariable String extension, Locale locale) {
		return entry(slug, format(extension), locale);
	}

	@GetMapping("/partnerships/{slug}/cite")
	ResponseEntity<String> entryAs(@PathVariable String slug, @RequestParam(defaultValue = "bibtex") String format,
			Locale locale) {
		return entry(slug, format(format), locale);
	}

	@GetMapping("/partnerships/cite.{extension:bib|ris|csl\\.json}")
	ResponseEntity<String> selection(@RequestParam MultiValueMap<String, String> parameters,
			@PathVariable String extension, Locale locale) {
		return selection(parameters, format(extension), locale);
	}

	@GetMapping("/partnerships/cite")
	ResponseEntity<String> selectionAs(@RequestParam MultiValueMap<String, String> parameters, Locale locale) {
		String format = parameters.getFirst("format");
		return selection(parameters, format(format == null ? "bibtex" : format), locale);
	}

	private ResponseEntity<String> entry(String slug, CitationFormat format, Locale locale) {
		Partnership partnership = partnerships.findPublished(slug).orElse(null);
		if (partnership == null) {
			// An address from before an administrator changed the slug still leads to the entry's citation.
			String current = partnerships.currentSlugFor(slug)
				.orElseThrow(() -> new CitationNotFoundException("citation.error.notFound", slug));
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create(references.permalink(current) + "/cite." + format.extension()))
				.build();
		}
		return download(format, List.of(references.of(partnership, locale)), "smp-" + partnership.getSlug());
	}

	private ResponseEntity<String> selection(MultiValueMap<String, String> parameters, CitationFormat format,
			Locale locale) {
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(parameters);
		// The format is the download's, not a filter of the selection.
		filters.remove("format");
		List<String> slugs = selections.all(filters, locale).slugs();
		List<Reference> found = new ArrayList<>(slugs.size());
		pages.forEach(slugs, partnership -> found.add(references.of(partnership, locale)));
		// Dated, like the other downloads of a selection: it is a snapshot.
		return download(format, found, "smp-partnerships-" + LocalDate.now(ZoneOffset.UTC));
	}

	private static ResponseEntity<String> download(CitationFormat format, List<Reference> found, String name) {
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "." + format.extension()).build().toString())
			.body(format.write(found));
	}

	private static CitationFormat format(String name) {
		return CitationFormat.named(name).orElseThrow(() -> new ExportRequestException("citation.error.format", name));
	}

}
