package eu.smpcatalogue.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The field's synonyms and acronyms ({@value #LOCATION}), read once at startup: "IT" finds ICT, TIC and
 * digital; "infirmières" finds nurses. A malformed line stops the application with its line number.
 */
@Component
class SearchVocabulary {

	static final String LOCATION = "search/vocabulary.txt";

	static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]+");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern VERSION = Pattern.compile("version:\\s*(\\S+)");

	private final String version;

	private final List<Group> groups = new ArrayList<>();

	private final Map<String, List<Group>> byAcronym = new HashMap<>();

	private final Map<String, List<Group>> byWords = new HashMap<>();

	private int longestForm = 1;

	SearchVocabulary() {
		this(new ClassPathResource(LOCATION));
	}

	SearchVocabulary(Resource resource) {
		String readVersion = null;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				line = line.strip();
				var version = VERSION.matcher(line);
				if (version.matches()) {
					readVersion = version.group(1);
				}
				else if (!line.isEmpty() && !line.startsWith("#")) {
					add(parse(line, number));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the search vocabulary " + LOCATION, ex);
		}
		if (readVersion == null) {
			throw new IllegalStateException("The search vocabulary " + LOCATION + " has no version line");
		}
		this.version = readVersion;
	}

	private static Group parse(String line, int number) {
		String[] fields = line.split("\\|", -1);
		if (fields.length != 3) {
			throw new IllegalStateException(
					LOCATION + " line " + number + ": expected acronyms | English forms | French forms");
		}
		List<String> acronyms = forms(fields[0]);
		acronyms.stream().filter(acronym -> !ACRONYM.matcher(acronym).matches()).findFirst().ifPresent(acronym -> {
			throw new IllegalStateException(LOCATION + " line " + number + ": \"" + acronym
					+ "\" is not an acronym (capitals and digits)");
		});
		Group group = new Group(acronyms, forms(fields[1]), forms(fields[2]));
		if (group.size() < 2) {
			throw new IllegalStateException(LOCATION + " line " + number + ": a group needs two forms or more");
		}
		return group;
	}

	private static List<String> forms(String field) {
		return Arrays.stream(field.split(",")).map(String::strip).filter(form -> !form.isEmpty()).toList();
	}

	private void add(Group group) {
		groups.add(group);
		group.acronyms().forEach(acronym -> byAcronym.computeIfAbsent(acronym, key -> new ArrayList<>()).add(group));
		for (String form : group.words()) {
			String key = key(form);
			List<Group> withKey = byWords.computeIfAbsent(key, k -> new ArrayList<>());
			if (!withKey.contains(group)) {
				withKey.add(group);
			}
			longestForm = Math.max(longestForm, key.split(" ").length);
		}
	}

	String version() {
		return version;
	}

	List<Group> groups() {
		return groups;
	}

	/** The most words a form has: how far ahead a query's words are read for a phrase of the field. */
	int longestForm() {
		return longestForm;
	}

	List<Group> ofAcronym(String acronym) {
		return byAcronym.getOrDefault(acronym, List.of());
	}

	List<Group> ofWords(String words) {
		return byWords.getOrDefault(key(words), List.of());
	}

	/** Lower case, without accents or ligatures, words without their plural mark: "Infirmières" is "infirmiere". */
	static String key(String words) {
		String plain = Normalizer.normalize(words.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae"),
				Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		List<String> keys = new ArrayList<>();
		WORD.matcher(plain).results().map(result -> singular(result.group())).forEach(keys::add);
		return String.join(" ", keys);
	}

	private static String singular(String word) {
		return word.length() > 3 && (word.endsWith("s") || word.endsWith("x")) ? word.substring(0, word.length() - 1)
				: word;
	}

	/** Forms that mean the same: acronyms, English and French words or phrases. */
	record Group(List<String> acronyms, List<String> english, List<String> french) {

		int size() {
			return acronyms.size() + english.size() + french.size();
		}

		Set<String> words() {
			Set<String> words = new LinkedHashSet<>(english);
			words.addAll(french);
			return words;
		}

	}

}
