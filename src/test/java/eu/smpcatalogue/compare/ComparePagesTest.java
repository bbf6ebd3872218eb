package eu.smpcatalogue.compare;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.export.Workbooks;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The element matrix and the side-by-side comparison as a reader sees them, checked against the database. */
@CatalogueTest
class ComparePagesTest {

	private static final List<String> ELEMENTS = List.of("FORMAL_COOPERATION", "STAKEHOLDERS", "TRAINING",
			"SKILLS_RECOGNITION", "MOBILITY");

	private static final Map<String, String> LABELS = Map.of("PRESENT", "Present", "PARTLY", "Partly present", "ABSENT",
			"Absent", "NOT_DOCUMENTED", "Not documented");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMatrixShowsEachSelectedPartnershipsElementsWithTheirEvidence() throws Exception {
		Document page = page("/compare/elements?origin=MA", 200);
		Element table = page.selectFirst("table.matrix");
		assertThat(table.selectFirst("caption").text()).isEqualTo("8 partnerships and the five defining elements");
		assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("Partnership",
				"Formalised public cooperation", "Participation of several stakeholders", "Training", "Recognition of skills",
				"Migration / mobility", "Present (of 5)", "Compare");

		List<Element> rows = table.select("tbody tr");
		assertThat(rows).extracting(row -> slugOf(row)).containsExactlyInAnyOrderElementsOf(originSlugs("MA"));
		for (Element row : rows) {
			String slug = slugOf(row);
			Map<String, String[]> db = elements(slug);
			List<Element> cells = row.select("td");
			long present = 0;
			for (int i = 0; i < ELEMENTS.size(); i++) {
				String[] assessment = db.getOrDefault(ELEMENTS.get(i), new String[] { "NOT_DOCUMENTED", null });
				Element cell = cells.get(i);
				// The status is said in words, not by colour alone.
				assertThat(cell.selectFirst(".element-status").text()).as(slug + " " + ELEMENTS.get(i))
					.isEqualTo(LABELS.get(assessment[0]));
				if (assessment[1] != null && !assessment[1].isBlank()) {
					// The evidence opens from a <summary>, which a keyboard reaches and toggles, and shows on hover.
					Element details = cell.selectFirst("details");
					assertThat(details.selectFirst("summary").attr("title")).isEqualTo(assessment[1]);
					assertThat(details.selectFirst("p").text()).isEqualTo(assessment[1].strip().replaceAll("\\s+", " "));
				}
				else {
					assertThat(cell.select("details")).isEmpty();
				}
				present += assessment[0].equals("PRESENT") ? 1 : 0;
			}
			assertThat(cells.get(5).text()).isEqualTo(Long.toString(present));
			assertThat(cells.get(6).selectFirst("input[type=checkbox][name=slugs]").val()).isEqualTo(slug);
			assertThat(cells.get(6).selectFirst("label").text()).startsWith("Compare ");
		}
	}

	@Test
	void theFooterTotalsEachElementByStatus() throws Exception {
		Document page = page("/compare/elements?origin=MA", 200);
		List<Element> totals = page.select("table.matrix tfoot td");
		for (int i = 0; i < ELEMENTS.size(); i++) {
			Map<String, Long> counts = new HashMap<>();
			for (String slug : originSlugs("MA")) {
				counts.merge(elements(slug).getOrDefault(ELEMENTS.get(i), new String[] { "NOT_DOCUMENTED" })[0], 1L, Long::sum);
			}
			List<String> expected = new ArrayList<>();
			for (String status : List.of("PRESENT", "PARTLY", "ABSENT", "NOT_DOCUMENTED")) {
				expected.add(LABELS.get(status) + ": " + counts.getOrDefault(status, 0L));
			}
			assertThat(totals.get(i).select("li").eachText()).as(ELEMENTS.get(i)).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void theMatrixSortsByNameOrByElementsPresentWithPlainLinksThatKeepTheFilters() throws Exception {
		Document byName = page("/compare/elements?origin=MA", 200);
		List<String> names = byName.select("table.matrix tbody th a").eachText();
		List<String> sorted = new ArrayList<>(names);
		sorted.sort(Collator.getInstance(Locale.ENGLISH));
		assertThat(names).isEqualTo(sorted);
		assertThat(byName.select("nav.sort strong[aria-current]").text()).isEqualTo("Name");
		assertThat(byName.select("nav.sort a").attr("href")).isEqualTo("/compare/elements?origin=MA&sort=elements");

		Document byElements = page("/compare/elements?origin=MA&sort=elements", 200);
		List<Long> present = byElements.select("table.matrix tbody td.number").eachText().stream().map(Long::valueOf).toList();
		assertThat(present).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		assertThat(present.get(0)).isGreaterThan(present.get(present.size() - 1));
		assertThat(byElements.select("nav.sort a").attr("href")).isEqualTo("/compare/elements?origin=MA");
		assertThat(byElements.select(".compare-actions a").eachAttr("href")).containsExactly("/partnerships?origin=MA",
				"/compare/elements.csv?origin=MA&sort=elements", "/compare/elements.csv?origin=MA&sort=elements&sep=semicolon",
				"/compare/elements.xlsx?origin=MA&sort=elements");
		assertThat(page("/compare/elements?origin=MA&lang=fr", 200).select(".compare-actions a").eachText()).containsExactly(
				"Voir cette sélection dans le catalogue", "Télécharger ce tableau en CSV",
				"CSV à points-virgules (Excel en français, en allemand…)", "Télécharger ce tableau en tableur (XLSX)");

		// The catalogue's own orders are kept too, so a link from the catalogue always works.
		Document byStart = page("/compare/elements?origin=MA&sort=start", 200);
		assertThat(byStart.select("nav.sort a").eachAttr("href")).containsExactly("/compare/elements?origin=MA",
				"/compare/elements?origin=MA&sort=elements");
	}

	@Test
	void theMatrixAsCsvHasTheSameCellsAsTheDatabase() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/compare/elements.csv?origin=MA&sort=elements")).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"smp-element-matrix-");
		String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(text.substring(1)))) {
			assertThat(parser.getHeaderNames()).containsExactly("slug", "name", "url", "element_formal_cooperation",
					"element_formal_cooperation_evidence", "element_stakeholders", "element_stakeholders_evidence",
					"element_training", "element_training_evidence", "element_skills_recognition",
					"element_skills_recognition_evidence", "element_mobility", "element_mobility_evidence", "elements_present");
			List<CSVRecord> rows = parser.getRecords();
			assertThat(rows).extracting(row -> row.get("slug")).containsExactlyInAnyOrderElementsOf(originSlugs("MA"));
			for (CSVRecord row : rows) {
				Map<String, String[]> db = elements(row.get("slug"));
				for (String element : ELEMENTS) {
					String[] assessment = db.getOrDefault(element, new String[] { "NOT_DOCUMENTED", null });
					String column = "element_" + element.toLowerCase(Locale.ROOT);
					assertThat(row.get(column)).isEqualTo(LABELS.get(assessment[0]));
					assertThat(row.get(column + "_evidence")).isEqualTo(assessment[1] == null ? "" : assessment[1]);
				}
			}
			assertThat(rows).extracting(row -> Long.valueOf(row.get("elements_present"))).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		}
	}

	@Test
	void theMatrixAsASpreadsheetHasTheCsvsRowsWithTheCountAsANumberAndSaysWhereItComesFrom() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/compare/elements.xlsx?origin=MA&sort=elements")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.getHeader("Content-Disposition"))
			.matches("attachment; filename=\"smp-element-matrix-\\d{4}-\\d{2}-\\d{2}\\.xlsx\"");
		byte[] xlsx = response.getContentAsByteArray();
		Map<String, List<Row>> sheets = Workbooks.sheets(xlsx);
		assertThat(sheets.keySet()).containsExactly("Five elements", "About");
		List<Row> rows = sheets.get("Five elements");
		assertThat(rows.get(0).stream().map(Cell::getText).toList()).isEqualTo(MatrixTable.header());

		byte[] csv = mvc.perform(get("/compare/elements.csv?origin=MA&sort=elements")).andReturn().getResponse().getContentAsByteArray();
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1)))
			.getRecords();
		assertThat(rows).hasSize(records.size()).hasSize(originSlugs("MA").size() + 1);
		int present = MatrixTable.header().indexOf("elements_present");
		for (int r = 1; r < rows.size(); r++) {
			for (int c = 0; c < MatrixTable.header().size(); c++) {
				if (c == present) {
					assertThat(rows.get(r).getCell(c).getType()).isEqualTo(CellType.NUMBER);
					assertThat(rows.get(r).getCell(c).asNumber()).isEqualByComparingTo(records.get(r).get(c));
				}
				else {
					assertThat(Workbooks.text(rows.get(r), c)).as(r + ":" + c).isEqualTo(records.get(r).get(c));
				}
			}
		}
		List<Row> about = sheets.get("About");
		assertThat(Workbooks.text(about.get(2), 1)).isEqualTo("http://localhost:8080/compare/elements?origin=MA&sort=elements");
		assertThat(Workbooks.elements(Workbooks.part(xlsx, "xl/worksheets/sheet1.xml"), "autoFilter").get(0).getAttribute("ref"))
			.isEqualTo("A1:N" + rows.size());
	}

	@Test
	void theMatrixAsCsvWithSemicolonsHasTheSameCells() throws Exception {
		byte[] comma = mvc.perform(get("/compare/elements.csv?origin=MA")).andReturn().getResponse().getContentAsByteArray();
		byte[] semicolon = mvc.perform(get("/compare/elements.csv?origin=MA&sep=semicolon")).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(new String(semicolon, StandardCharsets.UTF_8)).startsWith("\uFEFFslug;name;url;");
		List<List<String>> byComma = CSVFormat.RFC4180.parse(new StringReader(new String(comma, StandardCharsets.UTF_8).substring(1)))
			.getRecords().stream().map(CSVRecord::toList).toList();
		List<List<String>> bySemicolon = CSVFormat.RFC4180.builder().setDelimiter(';').get()
			.parse(new StringReader(new String(semicolon, StandardCharsets.UTF_8).substring(1)))
			.getRecords().stream().map(CSVRecord::toList).toList();
		assertThat(bySemicolon).isEqualTo(byComma).hasSize(originSlugs("MA").size() + 1);
		assertThat(mvc.perform(get("/compare/elements.csv?sep=tab")).andReturn().getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void badSelectionsOfTheMatrixAreA400() throws Exception {
		assertThat(page("/compare/elements?origin=XX", 400).select("p.lead").text())
			.isEqualTo("The filter \"origin\" has no value \"XX\". Pick a value from the list of filters.");
		assertThat(page("/compare/elements?sort=colour", 400).select("p.lead").text())
			.isEqualTo("The catalogue cannot be sorted by \"colour\".");
		assertThat(mvc.perform(get("/compare/elements.csv?from=abcd")).andReturn().getResponse().getStatus()).isEqualTo(400);
		assertThat(page("/compare/elements?q=nothing+matches+this+zzzz", 200).select(".empty").text())
			.contains("No partnership matches these filters.");
	}

	@Test
	void twoToSixPartnershipsSideBySideFieldByField() throws Exception {
		Document page = page("/compare?slugs=palim,pem-senegal,thamm-belgium", 200);
		Element table = page.selectFirst("table.side-by-side");
		assertThat(table.selectFirst("caption")).isNotNull();
		List<String> slugs = List.of("palim", "pem-senegal", "thamm-belgium");
		assertThat(table.select("thead th[scope=col] > a:first-child").eachText()).containsExactlyElementsOf(
				slugs.stream().map(slug -> jdbc.sql("SELECT name_en FROM partnership WHERE slug = ?").param(slug).query(String.class).single()).toList());
		Map<String, Element> rows = new HashMap<>();
		table.select("tbody tr").forEach(row -> rows.put(row.selectFirst("th[scope=row]").ownText(), row));
		assertThat(rows.keySet()).contains("Kind", "Status", "Period", "Destination", "Origin", "Sectors", "Funders",
				"Implementers", "Figures", "Sources", "Training", "Recognition of skills");
		assertThat(rows.get("Origin").select("td").eachText()).containsExactly("Morocco", "Senegal", "Morocco Tunisia");
		assertThat(rows.get("Kind").select("td").eachText()).containsExactly("Pilot project", "Pilot project", "Project");
		assertThat(rows.get("Period").select("td").get(0).text()).startsWith("March 2019 – April 2021");
		for (int i = 0; i < slugs.size(); i++) {
			Map<String, String[]> db = elements(slugs.get(i));
			String[] training = db.getOrDefault("TRAINING", new String[] { "NOT_DOCUMENTED", null });
			Element cell = rows.get("Training").select("td").get(i);
			assertThat(cell.selectFirst(".element-status").text()).isEqualTo(LABELS.get(training[0]));
			assertThat(cell.selectFirst(".evidence-text").text()).isEqualTo(training[1].strip().replaceAll("\\s+", " "));
		}
		assertThat(rows.get("Figures").select("td").get(2).text()).contains("350 people");
		assertThat(page.select("a.remove").eachAttr("href")).containsExactly("/compare?slugs=pem-senegal,thamm-belgium",
				"/compare?slugs=palim,thamm-belgium", "/compare?slugs=palim,pem-senegal");
		assertThat(page("/compare?slugs=palim,pem-senegal", 200).select("a.remove")).isEmpty();
	}

	@Test
	void theMatrixFormsRepeatedSlugsBecomeTheShareableAddress() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/compare?slugs=palim&slugs=pem-senegal")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/compare?slugs=palim,pem-senegal");
		assertThat(mvc.perform(get("/compare?slugs= palim , palim,pem-senegal")).andReturn().getResponse().getRedirectedUrl())
			.isNull();
	}

	@Test
	void tooFewTooManyOrUnknownPartnershipsGetAClearAnswer() throws Exception {
		assertThat(page("/compare?slugs=palim", 400).select("p.lead").text()).startsWith("Compare from 2 to 6 partnerships: this address names 1.");
		assertThat(page("/compare", 400).select("p.lead").text()).contains("names 0");
		assertThat(page("/compare?slugs=palim,pem-senegal,thamm-belgium,thamm-germany,wafira,thamm,aptc", 400).select("p.lead").text())
			.contains("names 7");
		assertThat(page("/compare?slugs=palim,palim", 400).select("p.lead").text()).contains("names 1");
		assertThat(page("/compare?slugs=palim,no-such-thing", 404).select("p.lead").text())
			.isEqualTo("There is no partnership at \"no-such-thing\" in the catalogue, so it cannot be compared.");
		MockHttpServletResponse script = mvc.perform(get("/compare").param("slugs", "palim,<script>")).andReturn().getResponse();
		assertThat(script.getStatus()).isEqualTo(404);
		assertThat(script.getContentAsString()).doesNotContain("<script>").contains("&lt;script&gt;");
	}

	@Test
	void theFrenchPagesAreInFrench() throws Exception {
		Document page = page("/compare/elements?origin=SN&lang=fr", 200);
		assertThat(page.select("h1").text()).isEqualTo("Les cinq éléments comparés");
		assertThat(page("/compare?slugs=palim,pem-senegal&lang=fr", 200).select("h1").text()).isEqualTo("Comparaison de 2 partenariats");
	}

	private Document page(String url, int status) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(status);
		return Jsoup.parse(response.getContentAsString());
	}

	private static String slugOf(Element row) {
		return row.selectFirst("th a").attr("href").replace("/partnerships/", "");
	}

	private List<String> originSlugs(String code) {
		return jdbc.sql("""
				SELECT p.slug FROM partnership p JOIN partnership_origin_country o ON o.partnership_id = p.id
				WHERE o.country_code = ? AND NOT p.retired""").param(code).query(String.class).list();
	}

	/** Element → {status, English evidence}, as stored. */
	private Map<String, String[]> elements(String slug) {
		Map<String, String[]> elements = new HashMap<>();
		jdbc.sql("""
				SELECT e.element, e.status, e.evidence_en FROM partnership_element e JOIN partnership p ON p.id = e.partnership_id
				WHERE p.slug = ?""").param(slug).query().listOfRows()
			.forEach(row -> elements.put((String) row.get("element"),
					new String[] { (String) row.get("status"), (String) row.get("evidence_en") }));
		return elements;
	}

}
