package eu.smpcatalogue.citation;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.editing.PastPartnerships;
import eu.smpcatalogue.history.EntryType;
import eu.smpcatalogue.history.History;
import eu.smpcatalogue.history.PartnershipSnapshot;
import eu.smpcatalogue.history.Revision;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.Partnerships;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every revision of a partnership at a permanent address, {@code /partnerships/{slug}/versions/{n}}, numbered
 * from 1 as the history lists them ({@link History#numbered}): the entry as that revision saved it, read-only,
 * with its own citation. A retired entry's versions stay readable, since a citation may point to them; they
 * say that the entry has been retired. Not indexed by search engines: the living entry is the one to find.
 */
@Controller
class VersionController {

	private final Partnerships partnerships;

	private final History history;

	private final PastPartnerships past;

	private final References references;

	VersionController(Partnerships partnerships, History history, PastPartnerships past, References references) {
		this.partnerships = partnerships;
		this.history = history;
		this.past = past;
		this.references = references;
	}

	@GetMapping("/partnerships/{slug}/versions/{number}")
	String version(@PathVariable String slug, @PathVariable String number, Locale locale, Model model,
			HttpServletResponse response) {
		Version version = find(slug, number);
		if (version.movedTo() != null) {
			return "redirect:/partnerships/" + version.movedTo() + "/versions/" + version.number();
		}
		Reference reference = references.ofVersion(version.asItWas(), slug, version.number(),
				version.revision().madeAt(), locale).accessedOn(references.today());
		List<References.Tag> tags = new ArrayList<>(references.highwire(reference));
		tags.add(new References.Tag("robots", "noindex"));
		response.setHeader("X-Robots-Tag", "noindex");
		model.addAttribute("partnership", version.asItWas());
		model.addAttribute("version", new VersionPage(version.number(), version.revision().madeAt(), version.retired(),
				reference, version.retired() ? null : references.of(version.current(), locale).accessedOn(references.today())));
		model.addAttribute("headTags", tags);
		return "partnerships/show";
	}

	@GetMapping("/partnerships/{slug}/versions/{number}/cite.{extension:bib|ris|csl\\.json}")
	ResponseEntity<String> cite(@PathVariable String slug, @PathVariable String number, @PathVariable String extension,
			Locale locale) {
		return cite(slug, number, CitationFormat.named(extension).orElseThrow(), locale);
	}

	@GetMapping("/partnerships/{slug}/versions/{number}/cite")
	ResponseEntity<String> citeAs(@PathVariable String slug, @PathVariable String number,
			@RequestParam(defaultValue = "bibtex") String format, Locale locale) {
		return cite(slug, number, CitationFormat.named(format)
			.orElseThrow(() -> new VersionNotFoundException("citation.error.format", format)), locale);
	}

	private ResponseEntity<String> cite(String slug, String number, CitationFormat format, Locale locale) {
		Version version = find(slug, number);
		if (version.movedTo() != null) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create(references.versionUrl(version.movedTo(), version.number()) + "/cite." + format.extension()))
				.build();
		}
		Reference reference = references.ofVersion(version.asItWas(), slug, version.number(), version.revision().madeAt(),
				locale).accessedOn(references.today());
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(reference.key() + "." + format.extension())
				.build()
				.toString())
			.body(format.write(List.of(reference)));
	}

	/** The revision a version's address names, or where the entry now is after an administrator changed its slug. */
	private Version find(String slug, String number) {
		long n = number.matches("[1-9]\\d{0,8}") ? Long.parseLong(number) : 0;
		Partnership current = partnerships.findAny(slug).orElse(null);
		if (current == null) {
			String moved = partnerships.currentSlugFor(slug)
				.orElseThrow(() -> new VersionNotFoundException("citation.error.notFound", slug));
			return new Version(n, null, null, null, false, moved);
		}
		Revision revision = history.numbered(EntryType.PARTNERSHIP, current.getId().toString(), n)
			.orElseThrow(() -> new VersionNotFoundException("citation.error.noVersion", slug, number));
		Partnership asItWas = past.asItWas((PartnershipSnapshot) revision.snapshot(), current.getSlug(), revision.madeAt());
		return new Version(n, revision, asItWas, current, current.isRetired(), null);
	}

	private record Version(long number, Revision revision, Partnership asItWas, Partnership current, boolean retired,
			String movedTo) {
	}

	/**
	 * What a version's page shows besides the entry: its number, when it was saved, whether the entry has been
	 * retired since, its reference, and the living entry's (none once retired), each read today.
	 */
	public record VersionPage(long number, java.time.Instant savedAt, boolean retired, Reference reference,
			Reference living) {
	}

}
