package eu.smpcatalogue.export;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any cells at all, comma- or semicolon-separated: another parser reads back exactly the rows and cells written (formula-like cells
 * kept as text behind an apostrophe), and no cell can start a spreadsheet formula. The inputs under
 * src/test/resources replay in every build; {@code JAZZER_FUZZ=1} explores further.
 */
class CsvFuzzTest {

	@FuzzTest(maxDuration = "30s")
	void anyCellsReadBackAsWrittenAndNeverAsFormulas(FuzzedDataProvider data) throws IOException {
		int columns = data.consumeInt(1, 5);
		List<String> header = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			header.add("column " + c);
		}
		List<List<String>> rows = new ArrayList<>();
		int count = data.consumeInt(0, 6);
		for (int r = 0; r < count; r++) {
			List<String> row = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				row.add(data.consumeString(80));
			}
			rows.add(row);
		}
		for (Csv.Separator separator : Csv.Separator.values()) {
			byte[] document = Csv.document(header, rows, separator);
			String text = new String(document, StandardCharsets.UTF_8);
			assertThat(text).startsWith("\uFEFF");
			List<CSVRecord> records = CSVFormat.RFC4180.builder().setDelimiter(separator.character()).get()
				.parse(new StringReader(text.substring(1))).getRecords();
			assertThat(records).hasSize(rows.size() + 1);
			for (int r = 0; r < rows.size(); r++) {
				List<String> read = Arrays.asList(records.get(r + 1).values());
				List<String> expected = rows.get(r).stream().map(Csv::neutralise).toList();
				assertThat(read).isEqualTo(expected);
				read.forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@"));
			}
		}
	}

}
