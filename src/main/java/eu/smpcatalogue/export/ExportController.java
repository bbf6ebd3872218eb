package eu.smpcatalogue.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.catalogue.Selections;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.Partnerships;
import eu.smpcatalogue.system.PublicUrl;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalogue in other formats: a selection as CSV or Atom, the recent changes as Atom, the sitemap. */
@Controller
class ExportController {

	private static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	private final Selections selections;

	private final Partnerships partnerships;

	private final PartnershipTable table;

	private final Feeds feeds;

	private final Sitemap sitemap;

	private final PublicUrl publicUrl;

	ExportController(Selections selections, Partnerships partnerships, PartnershipTable table, Feeds feeds,
			Sitemap sitemap, PublicUrl publicUrl) {
		this.selections = selections;
		this.partnerships = partnerships;
		this.table = table;
		this.feeds = feeds;
		this.sitemap = sitemap;
		this.publicUrl = publicUrl;
	}

	@GetMapping("/partnerships.csv")
	ResponseEntity<byte[]> csv(@RequestParam MultiValueMap<String, String> parameters, Locale locale) {
		List<String> slugs = selections.all(parameters, locale).slugs();
		List<List<String>> rows = partnerships.findPublished(slugs)
			.stream()
			.map((Partnership partnership) -> table.row(partnership, locale))
			.toList();
		return Csv.attachment(filename("smp-partnerships"), Csv.document(PartnershipTable.header(), rows));
	}

	@GetMapping("/partnerships.atom")
	ResponseEntity<String> selectionFeed(@RequestParam MultiValueMap<String, String> parameters, Locale locale) {
		return ResponseEntity.ok().contentType(ATOM).body(feeds.selection(parameters, locale).toXml());
	}

	@GetMapping("/changes.atom")
	ResponseEntity<String> changesFeed(Locale locale) {
		return ResponseEntity.ok().contentType(ATOM).body(feeds.changes(locale).toXml());
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap(Locale locale) {
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
			.body(sitemap.toXml(selections.all(new LinkedMultiValueMap<>(), locale).slugs()));
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body("""
					User-agent: *
					Disallow: /login
					Disallow: /account
					Disallow: /admin/
					Allow: /

					Sitemap: %s/sitemap.xml
					""".formatted(publicUrl.base()));
	}

	/** "smp-partnerships-2026-11-27.csv": dated, since a download is a snapshot. */
	static String filename(String prefix) {
		return prefix + "-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
	}

}
