package eu.smpcatalogue.export;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.smpcatalogue.CatalogueTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code /partnerships.xlsx} as a reader library opens it: every published partnership of the seeded catalogue,
 * each cell of the type a spreadsheet needs (years and figures as numbers, dates as dates) and equal to the
 * database and to the CSV of the same selection; the header frozen, the auto-filter on, the "About" sheet.
 */
@CatalogueTest
class SpreadsheetDownloadTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Transactional
	void theWholeCatalogueHasEveryPartnershipWithTypedCellsEqualToTheDatabase() throws Exception {
		// The seed states no budget: two, one with cents, for the numbers a spreadsheet adds up (rolled back).
		jdbc.sql("UPDATE partnership SET budget_amount = 2500000, budget_currency = 'EUR' WHERE slug = 'palim'").update();
		jdbc.sql("UPDATE partnership SET budget_amount = 1234.5, budget_currency = 'EUR' WHERE slug = 'thamm-belgium'").update();
		MockHttpServletResponse response = mvc.perform(get("/partnerships.xlsx")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"smp-partnerships-" + LocalDate.now(ZoneOffset.UTC) + ".xlsx\"");
		byte[] xlsx = response.getContentAsByteArray();
		Map<String, List<Row>> sheets = Workbooks.sheets(xlsx);
		assertThat(sheets.keySet()).containsExactly("Partnerships", "About");
		List<Row> rows = sheets.get("Partnerships");
		List<String> header = PartnershipTable.header();
		assertThat(rows.get(0).stream().map(Cell::getText).toList()).isEqualTo(header);

		Map<String, Map<String, Object>> database = jdbc.sql("""
				SELECT p.slug, p.name_en, p.name_fr, p.acronym, p.start_year, p.start_month, p.end_year, p.end_month, p.budget_amount,
				       p.budget_currency, p.last_verified_on, p.created_at, p.updated_at,
				       (SELECT count(*) FROM partnership_element e WHERE e.partnership_id = p.id AND e.status = 'PRESENT') AS present
				FROM partnership p WHERE NOT p.retired""").query().listOfRows().stream()
			.collect(Collectors.toMap(row -> (String) row.get("slug"), Function.identity()));
		assertThat(rows).hasSize(database.size() + 1);
		assertThat(database).hasSizeGreaterThan(50);

		for (Row row : rows.subList(1, rows.size())) {
			String slug = text(row, header, "slug");
			Map<String, Object> db = database.get(slug);
			assertThat(db).as(slug).isNotNull();
			// In English, a name written only in French is shown in French (the catalogue's fallback).
			assertThat(text(row, header, "name")).isEqualTo(db.get("name_en") != null ? db.get("name_en") : db.get("name_fr"));
			assertThat(text(row, header, "acronym")).isEqualTo(db.get("acronym") == null ? "" : db.get("acronym"));
			assertThat(text(row, header, "url")).isEqualTo("http://localhost:8080/partnerships/" + slug);
			for (String column : List.of("start_year", "start_month", "end_year", "end_month", "budget_amount")) {
				assertNumber(row, header, column, db.get(column), slug);
			}
			assertNumber(row, header, "elements_present", db.get("present"), slug);
			assertThat(text(row, header, "budget_currency")).isEqualTo(db.get("budget_currency") == null ? "" : db.get("budget_currency"));
			if (db.get("last_verified_on") == null) {
				assertThat(text(row, header, "last_verified_on")).isEmpty();
			}
			else {
				Cell verified = cell(row, header, "last_verified_on");
				assertThat(verified.getType()).isEqualTo(CellType.NUMBER);
				assertThat(verified.getDataFormatString()).isEqualTo("yyyy-mm-dd");
				assertThat(verified.asDate().toLocalDate()).isEqualTo(((java.sql.Date) db.get("last_verified_on")).toLocalDate());
			}
			for (String column : List.of("created_at", "updated_at")) {
				Cell instant = cell(row, header, column);
				assertThat(instant.getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
				Instant expected = ((Timestamp) db.get(column)).toInstant();
				assertThat(Duration.between(expected, instant.asDate().toInstant(ZoneOffset.UTC)).abs()).as(slug + " " + column)
					.isLessThan(Duration.ofMillis(2));
			}
		}
		assertThat(rows.stream().skip(1).filter(row -> cell(row, header, "start_year") != null).count()).as("years to sort on")
			.isEqualTo(database.values().stream().filter(db -> db.get("start_year") != null).count()).isGreaterThan(20);
		assertThat(rows.stream().skip(1).filter(row -> cell(row, header, "budget_amount") != null).count())
			.as("budgets to add up")
			.isEqualTo(database.values().stream().filter(db -> db.get("budget_amount") != null).count())
			.isGreaterThanOrEqualTo(2);

		Element sheet = Workbooks.part(xlsx, "xl/worksheets/sheet1.xml");
		Element pane = Workbooks.elements(sheet, "pane").get(0);
		assertThat(pane.getAttribute("state")).isEqualTo("frozen");
		assertThat(pane.getAttribute("ySplit")).isEqualTo("1");
		assertThat(Workbooks.elements(sheet, "autoFilter").get(0).getAttribute("ref")).isEqualTo("A1:BF" + rows.size());
		assertThat(header).hasSize(58);
		assertThat(Workbooks.elements(sheet, "col")).hasSize(header.size());

		List<Row> about = sheets.get("About");
		assertThat(about).extracting(line -> Workbooks.text(line, 0)).containsExactly("What this file holds", "Rows",
				"Selection in the catalogue", "Exported on", "Source", "Reuse", "SMP Catalogue");
		assertThat(about.get(1).getCell(1).asNumber()).isEqualByComparingTo(Integer.toString(database.size()));
		assertThat(Workbooks.text(about.get(2), 1)).isEqualTo("http://localhost:8080/partnerships");
		assertThat(about.get(3).getCell(1).getDataFormatString()).isEqualTo("yyyy-mm-dd");
		assertThat(about.get(3).getCell(1).asDate().toLocalDate()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
		assertThat(Workbooks.text(about.get(4), 1)).isEqualTo("European Migration Network, EMN Inform \"Skills Mobility "
				+ "Partnerships\" (French edition, February 2022), and the documents it cites.");
		assertThat(Workbooks.text(about.get(5), 1)).isEqualTo("Data from the EMN inform: cite the catalogue entry and the inform.");
		assertThat(Workbooks.text(about.get(6), 1)).isEqualTo("http://localhost:8080/");
	}

	@Test
	void everyCellIsTheCsvsCellOfTheSameSelectionAndOrder() throws Exception {
		String selection = "?origin=MA&origin=TN&sort=start-desc";
		List<Row> rows = Workbooks.sheets(mvc.perform(get("/partnerships.xlsx" + selection)).andReturn().getResponse()
			.getContentAsByteArray()).get("Partnerships");
		byte[] csv = mvc.perform(get("/partnerships.csv" + selection)).andReturn().getResponse().getContentAsByteArray();
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1)))
			.getRecords();
		assertThat(rows).hasSize(records.size()).hasSizeGreaterThan(5);
		List<String> header = PartnershipTable.header();
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < header.size(); c++) {
				String expected = records.get(r).get(c);
				Cell cell = rows.get(r).getOptionalCell(c).orElse(null);
				String where = header.get(c) + " of row " + r;
				if (cell == null || cell.getType() == CellType.EMPTY) {
					assertThat(expected).as(where).isEmpty();
				}
				else if (cell.getType() == CellType.STRING) {
					assertThat(cell.asString()).as(where).isEqualTo(expected);
				}
				else if ("yyyy-mm-dd".equals(cell.getDataFormatString())) {
					assertThat(cell.asDate().toLocalDate()).as(where).isEqualTo(LocalDate.parse(expected));
				}
				else if ("yyyy-mm-dd hh:mm:ss".equals(cell.getDataFormatString())) {
					assertThat(Duration.between(Instant.parse(expected), cell.asDate().toInstant(ZoneOffset.UTC)).abs()).as(where)
						.isLessThan(Duration.ofMillis(2));
				}
				else {
					assertThat(cell.getType()).as(where).isEqualTo(CellType.NUMBER);
					assertThat(cell.asNumber()).as(where).isEqualByComparingTo(expected);
				}
			}
		}
	}

	@Test
	void inFrenchTheSheetsAndValuesAreFrenchAndTheColumnNamesStay() throws Exception {
		Map<String, List<Row>> sheets = Workbooks.sheets(mvc.perform(get("/partnerships.xlsx?origin=MA&lang=fr")).andReturn()
			.getResponse().getContentAsByteArray());
		assertThat(sheets.keySet()).containsExactly("Partenariats", "À propos");
		List<Row> rows = sheets.get("Partenariats");
		List<String> header = PartnershipTable.header();
		assertThat(rows.get(0).stream().map(Cell::getText).toList()).isEqualTo(header);
		Row palim = rows.stream().filter(row -> text(row, header, "slug").equals("palim")).findFirst().orElseThrow();
		assertThat(text(palim, header, "name"))
			.isEqualTo(jdbc.sql("SELECT name_fr FROM partnership WHERE slug = 'palim'").query(String.class).single());
		assertThat(text(palim, header, "origin_countries")).isEqualTo("MA Maroc");
		assertThat(List.of("start_year", "start_month", "end_year", "end_month")).extracting(column -> cell(palim, header, column).asNumber())
			.containsExactly(new BigDecimal("2019"), new BigDecimal("3"), new BigDecimal("2021"), new BigDecimal("4"));
		List<Row> about = sheets.get("À propos");
		assertThat(Workbooks.text(about.get(2), 0)).isEqualTo("Sélection dans le catalogue");
		assertThat(Workbooks.text(about.get(2), 1)).isEqualTo("http://localhost:8080/partnerships?origin=MA");
		assertThat(Workbooks.text(about.get(4), 1)).contains("(édition française, février 2022)");
	}

	@Test
	void aBadSelectionIsA400PageNotABrokenWorkbook() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/partnerships.xlsx?origin=XX")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getHeader("Content-Disposition")).isNull();
		assertThat(response.getHeader("ETag")).isNull();
		assertThat(org.jsoup.Jsoup.parse(response.getContentAsString()).select("p.lead").text())
			.isEqualTo("The filter \"origin\" has no value \"XX\". Pick a value from the list of filters.");
	}

	private static void assertNumber(Row row, List<String> header, String column, Object expected, String slug) {
		Cell cell = cell(row, header, column);
		if (expected == null) {
			assertThat(cell == null || cell.getType() == CellType.EMPTY).as(slug + " " + column + " empty").isTrue();
			return;
		}
		assertThat(cell.getType()).as(slug + " " + column).isEqualTo(CellType.NUMBER);
		assertThat(cell.asNumber()).as(slug + " " + column).isEqualByComparingTo(new BigDecimal(expected.toString()));
	}

	private static Cell cell(Row row, List<String> header, String column) {
		return row.getOptionalCell(header.indexOf(column)).filter(cell -> cell.getType() != CellType.EMPTY).orElse(null);
	}

	private static String text(Row row, List<String> header, String column) {
		return Workbooks.text(row, header.indexOf(column));
	}

}
