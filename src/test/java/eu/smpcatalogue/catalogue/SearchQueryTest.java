package eu.smpcatalogue.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import eu.smpcatalogue.catalogue.SearchQuery.Form;
import eu.smpcatalogue.catalogue.SearchQuery.Kind;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** How the search reads what a reader types, with the vocabulary the application ships. */
class SearchQueryTest {

	private final SearchVocabulary vocabulary = new SearchVocabulary();

	@Test
	void theShippedVocabularyHasAVersionAndTheFieldsGroups() {
		assertThat(vocabulary.version()).matches("\\d{4}-\\d{2}-\\d{2}\\.\\d+");
		assertThat(vocabulary.groups()).hasSizeBetween(30, 80);
		assertThat(vocabulary.ofAcronym("IT")).singleElement()
			.satisfies(group -> assertThat(group.acronyms()).contains("ICT", "TIC"));
		assertThat(vocabulary.ofWords("Infirmières")).singleElement()
			.satisfies(group -> assertThat(group.english()).contains("nurse"));
		assertThat(vocabulary.ofWords("it")).isEmpty();
	}

	@Test
	void capitalsMakeAnAcronymThatBringsItsGroupUnstemmed() {
		SearchQuery it = SearchQuery.parse("IT", vocabulary, Locale.ENGLISH);
		assertThat(it.terms()).singleElement().satisfies(term -> assertThat(term.forms()).contains(
				new Form("IT", Kind.ACRONYM), new Form("ICT", Kind.ACRONYM), new Form("TIC", Kind.ACRONYM),
				new Form("digital", Kind.ENGLISH), new Form("numérique", Kind.FRENCH)));
		assertThat(SearchQuery.parse("it", vocabulary, Locale.ENGLISH).forms()).containsExactly("it");
		assertThat(SearchQuery.isAcronym("It")).isFalse();
		assertThat(SearchQuery.isAcronym("II")).isTrue();
	}

	@Test
	void aWordIsStemmedInItsOwnLanguageWhenKnownElseInTheReaders() {
		assertThat(kindOfTyped("care", Locale.FRENCH)).isEqualTo(Kind.ENGLISH);
		assertThat(kindOfTyped("infirmières", Locale.ENGLISH)).isEqualTo(Kind.FRENCH);
		assertThat(kindOfTyped("génération", Locale.ENGLISH)).isEqualTo(Kind.FRENCH);
		assertThat(kindOfTyped("pilots", Locale.ENGLISH)).isEqualTo(Kind.ENGLISH);
		assertThat(kindOfTyped("Morocco", Locale.ENGLISH)).isEqualTo(Kind.ENGLISH);
		assertThat(kindOfTyped("Maroc", Locale.FRENCH)).isEqualTo(Kind.BOTH);
		assertThat(kindOfTyped("validation", Locale.ENGLISH)).isEqualTo(Kind.BOTH);
	}

	@Test
	void phrasesOfTheVocabularyAreOneTermEvenWithoutQuotes() {
		SearchQuery query = SearchQuery.parse("formation professionnelle Maroc", vocabulary, Locale.FRENCH);
		assertThat(query.terms()).extracting(SearchQuery.Term::typed).containsExactly("formation professionnelle", "Maroc");
		assertThat(query.terms().get(0).forms()).contains(new Form("vocational training", Kind.ENGLISH),
				new Form("VET", Kind.ACRONYM));
		assertThat(SearchQuery.parse("\"Hand in Hand\" l'emploi", vocabulary, Locale.ENGLISH).terms())
			.extracting(SearchQuery.Term::typed)
			.containsExactly("Hand in Hand", "emploi");
		assertThat(query.termNumbers()).hasSameSizeAs(query.forms()).hasSameSizeAs(query.kinds()).startsWith(0).endsWith(1);
	}

	@Test
	void aMalformedVocabularyStopsTheApplicationWithTheLine() {
		assertThatIllegalStateException().isThrownBy(() -> vocabulary("version: 1\nICT | digital\n"))
			.withMessageContaining("line 2");
		assertThatIllegalStateException().isThrownBy(() -> vocabulary("version: 1\nIct | digital |\n"))
			.withMessageContaining("not an acronym");
		assertThatIllegalStateException().isThrownBy(() -> vocabulary("ICT | digital |\n"))
			.withMessageContaining("no version");
		assertThat(vocabulary("# comment\nversion: 2\n\nICT | digital | numérique\n").groups()).hasSize(1);
	}

	@Test
	void markedTextComesApartIntoPlainAndMarkedParts() {
		Highlight highlight = Highlight.of("Recruits " + Highlight.START + "nurses" + Highlight.STOP + " <b>here</b>");
		assertThat(highlight.parts()).containsExactly(new Highlight.Part("Recruits ", false),
				new Highlight.Part("nurses", true), new Highlight.Part(" <b>here</b>", false));
		assertThat(Highlight.of("plain").isMarked()).isFalse();
	}

	private Kind kindOfTyped(String typed, Locale locale) {
		List<Form> forms = SearchQuery.parse(typed, vocabulary, locale).terms().get(0).forms();
		return forms.get(0).kind();
	}

	private static SearchVocabulary vocabulary(String text) {
		return new SearchVocabulary(new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)));
	}

}
