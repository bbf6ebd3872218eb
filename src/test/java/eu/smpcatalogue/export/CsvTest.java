package eu.smpcatalogue.export;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer on awkward values, read back by an independent parser (Commons CSV, RFC 4180). */
class CsvTest {

	@Test
	void awkwardValuesSurviveTheRoundTrip() throws IOException {
		List<String> awkward = List.of("Côte d'Ivoire", "Tunis, Sfax", "the \"Talent\" partnership", "line one\nline two",
				"crlf\r\ninside", "Ελλάδα; Türkiye; 日本", "");
		byte[] document = Csv.document(List.of("a", "b", "c", "d", "e", "f", "g"), List.of(awkward));

		List<CSVRecord> records = parse(document);
		assertThat(records).hasSize(2);
		assertThat(records.get(0).toList()).containsExactly("a", "b", "c", "d", "e", "f", "g");
		assertThat(records.get(1).toList()).containsExactlyElementsOf(awkward);
	}

	@Test
	void itIsUtf8WithAByteOrderMarkAndCrlfLineEnds() {
		byte[] document = Csv.document(List.of("name"), List.of(List.of("Côte d'Ivoire"), List.of("Sénégal")));
		assertThat(Arrays.copyOf(document, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(document, 3, document.length - 3, StandardCharsets.UTF_8);
		assertThat(text).isEqualTo("name\r\nCôte d'Ivoire\r\nSénégal\r\n");
	}

	@Test
	void onlyFieldsThatNeedItAreQuotedAndQuotesAreDoubled() {
		assertThat(Csv.field("plain text")).isEqualTo("plain text");
		assertThat(Csv.field("a, b")).isEqualTo("\"a, b\"");
		assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(Csv.field(null)).isEmpty();
	}

	@Test
	void cellsThatStartLikeAFormulaAreShownAsText() throws IOException {
		List<String> formulas = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)",
				"\t=1+1", "\r=1+1");
		List<CSVRecord> records = parse(Csv.document(List.of("1", "2", "3", "4", "5", "6"), List.of(formulas)));
		List<String> cells = records.get(1).toList();
		for (int i = 0; i < formulas.size(); i++) {
			assertThat(cells.get(i)).as(formulas.get(i)).isEqualTo("'" + formulas.get(i));
		}
		// Harmless values are left alone, even with those characters further in.
		assertThat(Csv.neutralise("2019-2021")).isEqualTo("2019-2021");
		assertThat(Csv.neutralise("a = b")).isEqualTo("a = b");
		assertThat(Csv.neutralise("contact@emn.example")).isEqualTo("contact@emn.example");
	}

	static List<CSVRecord> parse(byte[] document) throws IOException {
		String text = new String(document, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
	}

}
