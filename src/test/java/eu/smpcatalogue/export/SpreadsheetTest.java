package eu.smpcatalogue.export;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook writer on awkward values, read back by a reader library and from the sheet's own XML. */
class SpreadsheetTest {

	@Test
	void cellsKeepTheirTypesAndTextComesBackAsWritten() throws Exception {
		List<Object> cells = Arrays.asList("Côte d'Ivoire; Ελλάδα; 日本 😀", "=HYPERLINK(\"http://evil.example\")", "line one\nline two",
				2019, 3, new BigDecimal("1500000.50"), 4L, LocalDate.of(2021, 11, 30), Instant.parse("2022-02-01T09:30:15Z"), null, "");
		byte[] xlsx = write(List.of("text", "formula", "lines", "year", "month", "budget", "count", "day", "instant", "none", "empty"),
				List.of(cells));

		Map<String, List<Row>> sheets = Workbooks.sheets(xlsx);
		assertThat(sheets.keySet()).containsExactly("Data", "About");
		Row row = sheets.get("Data").get(1);
		assertThat(row.getCell(0).getType()).isEqualTo(CellType.STRING);
		assertThat(row.getCell(0).asString()).isEqualTo(cells.get(0));
		assertThat(row.getCell(1).getType()).as("text that looks like a formula stays text").isEqualTo(CellType.STRING);
		assertThat(row.getCell(1).asString()).isEqualTo(cells.get(1));
		assertThat(row.getCell(2).asString()).isEqualTo("line one\nline two");
		assertThat(row.getCell(3).getType()).isEqualTo(CellType.NUMBER);
		assertThat(row.getCell(3).asNumber()).isEqualByComparingTo("2019");
		assertThat(row.getCell(4).asNumber()).isEqualByComparingTo("3");
		assertThat(row.getCell(5).asNumber()).isEqualByComparingTo("1500000.5");
		assertThat(row.getCell(6).asNumber()).isEqualByComparingTo("4");
		assertThat(row.getCell(7).getType()).isEqualTo(CellType.NUMBER);
		assertThat(row.getCell(7).getDataFormatString()).isEqualTo("yyyy-mm-dd");
		assertThat(row.getCell(7).asDate()).isEqualTo(LocalDateTime.of(2021, 11, 30, 0, 0));
		assertThat(row.getCell(8).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
		assertThat(row.getCell(8).asDate()).isEqualTo(LocalDateTime.of(2022, 2, 1, 9, 30, 15));
		assertThat(row.getOptionalCell(9).map(Cell::getType).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);
		assertThat(row.getOptionalCell(10).map(Cell::getType).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);
		assertThat(Workbooks.elements(Workbooks.part(xlsx, "xl/sharedStrings.xml"), "si"))
			.as("text inline, not in a table of every string kept in memory").isEmpty();
	}

	@Test
	void theHeaderIsFrozenFilteredAndSized() throws Exception {
		byte[] xlsx = write(List.of("slug", "summary"), List.of(List.of("a", "b"), List.of("c", "d"), List.of("e", "f")));
		Element sheet = Workbooks.part(xlsx, "xl/worksheets/sheet1.xml");
		Element pane = Workbooks.elements(sheet, "pane").get(0);
		assertThat(pane.getAttribute("state")).isEqualTo("frozen");
		assertThat(pane.getAttribute("ySplit")).isEqualTo("1");
		assertThat(pane.getAttribute("topLeftCell")).isEqualTo("A2");
		assertThat(Workbooks.elements(sheet, "autoFilter").get(0).getAttribute("ref")).isEqualTo("A1:B4");
		assertThat(Workbooks.elements(sheet, "col")).extracting(col -> col.getAttribute("width")).containsExactly("10.0", "60.0");
	}

	@Test
	void textAWorkbookCannotHoldIsMadeSafe() throws Exception {
		String tooLong = "x".repeat(Spreadsheet.LONGEST_TEXT + 10);
		byte[] xlsx = write(List.of("a", "b"), List.of(List.of("bell\u0007 and nul\u0000 and tab\t", tooLong)));
		Row row = Workbooks.sheets(xlsx).get("Data").get(1);
		assertThat(row.getCell(0).asString()).isEqualTo("bell and nul and tab\t");
		assertThat(row.getCell(1).asString()).hasSize(Spreadsheet.LONGEST_TEXT).endsWith("x…");
	}

	@Test
	void manyRowsAreFlushedAsTheyComeAndAllReadBack() throws Exception {
		List<List<?>> rows = new java.util.ArrayList<>();
		for (int i = 0; i < 1_234; i++) {
			rows.add(List.of("row " + i, i));
		}
		List<Row> read = Workbooks.sheets(write(List.of("name", "number"), rows)).get("Data");
		assertThat(read).hasSize(1_235);
		assertThat(read.get(1_234).getCell(0).asString()).isEqualTo("row 1233");
		assertThat(read.get(1_234).getCell(1).asNumber()).isEqualByComparingTo("1233");
	}

	private static byte[] write(List<String> header, List<? extends List<?>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Spreadsheet workbook = new Spreadsheet(out, "Data", header, column -> column.equals("summary") ? 60 : 10);
		rows.forEach(workbook::row);
		workbook.finish("About", List.of(List.of("Rows", rows.size())));
		return out.toByteArray();
	}

}
