package eu.smpcatalogue.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's search text read as the field's terms, each with the forms that find it. All terms must be
 * found; a term is found by any of its forms. Words in capitals are acronyms ("IT", not "it"), matched
 * whole and unstemmed; a phrase of the vocabulary ("vocational training") is one term even without quotes;
 * a term of the vocabulary brings its group's forms. A word is stemmed in its own language when the
 * vocabulary or its accents tell it, otherwise in the reader's (and in English too for a French reader,
 * who often types the field's English words): an English reader's "care" never looks for the French "car".
 * The forms go to SQL as three bound arrays (form, kind, term number): see {@code search_query} in V58.
 */
record SearchQuery(List<Term> terms, String readerLanguage) {

	private static final Pattern CHUNK = Pattern.compile("\"([^\"]*)\"|[\\p{L}\\p{N}]+");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern FRENCH_LETTERS = Pattern.compile("[àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ]");

	/** How a form is looked up: as an acronym in capitals, or stemmed in English, French or both. */
	enum Kind {

		ACRONYM("A"), ENGLISH("E"), FRENCH("F"), BOTH("B");

		private final String code;

		Kind(String code) {
			this.code = code;
		}

		String code() {
			return code;
		}

	}

	record Form(String text, Kind kind) {
	}

	record Term(String typed, List<Form> forms) {
	}

	static SearchQuery parse(String text, SearchVocabulary vocabulary, Locale locale) {
		String reader = "fr".equals(locale.getLanguage()) ? "fr" : "en";
		List<Term> terms = new ArrayList<>();
		List<String> words = new ArrayList<>();
		Matcher chunk = CHUNK.matcher(text);
		while (chunk.find()) {
			if (chunk.group(1) == null) {
				words.add(chunk.group());
				continue;
			}
			readWords(words, vocabulary, reader, terms);
			words.clear();
			if (WORD.matcher(chunk.group(1)).find()) {
				terms.add(phrase(chunk.group(1).strip(), vocabulary, reader));
			}
		}
		readWords(words, vocabulary, reader, terms);
		return new SearchQuery(List.copyOf(terms), reader);
	}

	/** Bare words, the longest phrases of the vocabulary first; single letters (the "l" of "l'emploi") dropped. */
	private static void readWords(List<String> words, SearchVocabulary vocabulary, String reader, List<Term> terms) {
		int start = 0;
		while (start < words.size()) {
			int length = Math.min(vocabulary.longestForm(), words.size() - start);
			while (length > 1 && (isAcronym(words.get(start))
					|| vocabulary.ofWords(String.join(" ", words.subList(start, start + length))).isEmpty())) {
				length--;
			}
			String typed = String.join(" ", words.subList(start, start + length));
			if (length > 1) {
				terms.add(phrase(typed, vocabulary, reader));
			}
			else if (typed.length() > 1) {
				terms.add(word(typed, vocabulary, reader));
			}
			start += length;
		}
	}

	private static Term phrase(String typed, SearchVocabulary vocabulary, String reader) {
		Set<Form> forms = new LinkedHashSet<>();
		List<SearchVocabulary.Group> groups = vocabulary.ofWords(typed);
		forms.add(new Form(typed, kindOf(typed, groups, reader)));
		groups.forEach(group -> addGroup(forms, group));
		return new Term(typed, List.copyOf(forms));
	}

	private static Term word(String typed, SearchVocabulary vocabulary, String reader) {
		if (!isAcronym(typed)) {
			return phrase(typed, vocabulary, reader);
		}
		Set<Form> forms = new LinkedHashSet<>();
		forms.add(new Form(typed, Kind.ACRONYM));
		List<SearchVocabulary.Group> groups = vocabulary.ofAcronym(typed);
		groups.forEach(group -> addGroup(forms, group));
		// A long word in capitals that is no known acronym may be a word typed in capitals ("SÉNÉGAL").
		if (groups.isEmpty() && typed.length() >= 4 && typed.chars().noneMatch(Character::isDigit)) {
			forms.addAll(phrase(typed, vocabulary, reader).forms());
		}
		return new Term(typed, List.copyOf(forms));
	}

	private static void addGroup(Set<Form> forms, SearchVocabulary.Group group) {
		group.acronyms().forEach(acronym -> forms.add(new Form(acronym, Kind.ACRONYM)));
		group.english().forEach(form -> forms.add(new Form(form, group.french().contains(form) ? Kind.BOTH : Kind.ENGLISH)));
		group.french()
			.stream()
			.filter(form -> !group.english().contains(form))
			.forEach(form -> forms.add(new Form(form, Kind.FRENCH)));
	}

	/** The language the vocabulary gives the typed form, else French for French letters, else the reader's. */
	private static Kind kindOf(String typed, List<SearchVocabulary.Group> groups, String reader) {
		String key = SearchVocabulary.key(typed);
		boolean english = groups.stream().anyMatch(g -> g.english().stream().anyMatch(f -> SearchVocabulary.key(f).equals(key)));
		boolean french = groups.stream().anyMatch(g -> g.french().stream().anyMatch(f -> SearchVocabulary.key(f).equals(key)));
		if (english || french) {
			return english && french ? Kind.BOTH : english ? Kind.ENGLISH : Kind.FRENCH;
		}
		if (FRENCH_LETTERS.matcher(typed).find()) {
			return Kind.FRENCH;
		}
		return "fr".equals(reader) ? Kind.BOTH : Kind.ENGLISH;
	}

	/** Two letters or more, all of them capitals: "IT", "EU", "MENTOR II"'s "II"; not "It". */
	static boolean isAcronym(String word) {
		return word.length() >= 2 && word.chars().anyMatch(Character::isLetter)
				&& word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT));
	}

	boolean isEmpty() {
		return terms.isEmpty();
	}

	String[] forms() {
		return terms.stream().flatMap(term -> term.forms().stream()).map(Form::text).toArray(String[]::new);
	}

	String[] kinds() {
		return terms.stream().flatMap(term -> term.forms().stream()).map(form -> form.kind().code()).toArray(String[]::new);
	}

	Integer[] termNumbers() {
		List<Integer> numbers = new ArrayList<>();
		for (int i = 0; i < terms.size(); i++) {
			for (int j = 0; j < terms.get(i).forms().size(); j++) {
				numbers.add(i);
			}
		}
		return numbers.toArray(Integer[]::new);
	}

}
