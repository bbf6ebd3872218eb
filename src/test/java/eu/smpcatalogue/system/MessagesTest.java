package eu.smpcatalogue.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The English and French bundles say the same things, and every key a template asks for exists. */
class MessagesTest {

	/** The bundles named by spring.messages.basename. */
	private static final List<String> BUNDLES = List.of("messages", "i18n/exports", "i18n/api", "i18n/insights");

	@Test
	void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
		for (String bundle : BUNDLES) {
			Properties english = load(bundle + ".properties");
			Properties french = load(bundle + "_fr.properties");
			assertThat(french.stringPropertyNames()).as(bundle).isEqualTo(english.stringPropertyNames());
			for (String key : english.stringPropertyNames()) {
				assertThat(placeholders(french.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
			}
		}
	}

	@Test
	void everyFixedKeyInTheTemplatesExists() throws IOException {
		Properties english = new Properties();
		for (String bundle : BUNDLES) {
			english.putAll(load(bundle + ".properties"));
		}
		Pattern fixedKey = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.-]*)[}(]");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = fixedKey.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!english.containsKey(matcher.group(1))) {
						missing.add(template.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = Pattern.compile("\\{\\d+}").matcher(message);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStreamReader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
