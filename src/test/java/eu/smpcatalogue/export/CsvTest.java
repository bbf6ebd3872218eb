package eu.smpcatalogue.export;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
	void withSemicolonsTheSameCellsReadBackAndNumbersTakeADecimalComma() throws IOException {
		List<String> awkward = List.of("Côte d'Ivoire", "Tunis, Sfax", "MA Morocco; TN Tunisia", "say \"hi\"", "two\nlines", "");
		List<String> header = List.of("a", "b", "c", "d", "e", "f");
		byte[] document = Csv.document(header, List.of(awkward), Csv.Separator.SEMICOLON);
		String text = new String(document, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFa;b;c;d;e;f\r\n").contains(";Tunis, Sfax;\"MA Morocco; TN Tunisia\";");
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))
			.getRecords();
		assertThat(records.get(1).toList()).containsExactlyElementsOf(awkward);

		List<Object> numbers = List.of(new BigDecimal("1500000.50"), 2019, 4L, new BigDecimal("-3.5"), LocalDate.of(2021, 11, 30));
		assertThat(new String(Csv.document(List.of("n"), List.of(numbers), Csv.Separator.SEMICOLON), StandardCharsets.UTF_8))
			.endsWith("\r\n1500000,50;2019;4;-3,5;2021-11-30\r\n");
		assertThat(new String(Csv.document(List.of("n"), List.of(numbers)), StandardCharsets.UTF_8))
			.as("a number is no formula: never an apostrophe").endsWith("\r\n1500000.50,2019,4,-3.5,2021-11-30\r\n");
	}

	@Test
	void theSeparatorIsCommaUnlessSemicolonIsAskedFor() {
		assertThat(Csv.Separator.ofParameter(null)).contains(Csv.Separator.COMMA);
		assertThat(Csv.Separator.ofParameter("")).contains(Csv.Separator.COMMA);
		assertThat(Csv.Separator.ofParameter("comma")).contains(Csv.Separator.COMMA);
		assertThat(Csv.Separator.ofParameter(" Semicolon ")).contains(Csv.Separator.SEMICOLON);
		assertThat(Csv.Separator.ofParameter(";")).isEmpty();
		assertThat(Csv.Separator.ofParameter("tab")).isEmpty();
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
