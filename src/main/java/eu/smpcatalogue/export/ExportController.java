package eu.smpcatalogue.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.catalogue.Selections;
import eu.smpcatalogue.system.PublicUrl;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalogue in other formats: a selection as CSV, XLSX or Atom, the recent changes as Atom, the sitemap. */
@Controller
class ExportController {

	private static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	private final Selections selections;

	private final PartnershipPages pages;

	private final PartnershipTable table;

	private final AboutSheet about;

	private final MessageSource messages;

	private final Feeds feeds;

	private final Sitemap sitemap;

	private final PublicUrl publicUrl;

	ExportController(Selections selections, PartnershipPages pages, PartnershipTable table, AboutSheet about,
			MessageSource messages, Feeds feeds, Sitemap sitemap, PublicUrl publicUrl) {
		this.selections = selections;
		this.pages = pages;
		this.table = table;
		this.about = about;
		this.messages = messages;
		this.feeds = feeds;
		this.sitemap = sitemap;
		this.publicUrl = publicUrl;
	}

	/**
	 * The selection as CSV, written as it is read: the status and headers are set before the first byte, so
	 * that a bad parameter still gets its 400 page; after that a failure can only cut the download short.
	 */
	@GetMapping("/partnerships.csv")
	void csv(@RequestParam MultiValueMap<String, String> parameters, Locale locale, HttpServletResponse response)
			throws IOException {
		Csv.Separator separator = Csv.Separator.ofParameter(parameters.getFirst("sep"))
			.orElseThrow(() -> new ExportRequestException("exports.error.separator", parameters.getFirst("sep")));
		List<String> slugs = selections.all(parameters, locale).slugs();
		Csv.startDownload(response, filename("smp-partnerships", "csv"));
		try (Csv csv = new Csv(response.getOutputStream(), separator)) {
			csv.row(PartnershipTable.header());
			csv.flush();
			pages.forEachPage(slugs, page -> table.rows(page, locale).forEach(csv::row));
		}
	}

	/** The selection as an XLSX workbook with typed cells, written as it is read (see {@link #csv}). */
	@GetMapping("/partnerships.xlsx")
	void spreadsheet(@RequestParam MultiValueMap<String, String> parameters, Locale locale, HttpServletResponse response)
			throws IOException {
		Selections.Selection selection = selections.all(parameters, locale);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Spreadsheet.startDownload(response, filename("smp-partnerships", "xlsx"));
		Spreadsheet workbook = new Spreadsheet(response.getOutputStream(),
				messages.getMessage("exports.sheet.partnerships", null, locale), PartnershipTable.header(),
				PartnershipTable::width);
		workbook.flush();
		long[] rows = { 0 };
		pages.forEachPage(selection.slugs(), page -> table.rows(page, locale).forEach(row -> {
			workbook.row(row);
			rows[0]++;
		}));
		workbook.finish(about.name(locale), about.lines("exports.about.content.partnerships",
				selection.query().isEmpty() ? "/partnerships" : "/partnerships?" + selection.query(), rows[0], today, locale));
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
			.body(sitemap.toXml(selections.stamped(new LinkedMultiValueMap<>(), locale)));
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
	static String filename(String prefix, String extension) {
		return prefix + "-" + LocalDate.now(ZoneOffset.UTC) + "." + extension;
	}

}
