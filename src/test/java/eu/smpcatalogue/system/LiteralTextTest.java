package eu.smpcatalogue.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No interface text written into the templates: every word a reader sees or hears comes from the message
 * bundles, so that it exists in English and French. Prototype text inside an element whose content
 * Thymeleaf replaces (th:text, th:utext, th:replace, th:insert) is fine: it never reaches the reader.
 */
class LiteralTextTest {

	/** Attributes a reader sees or a screen reader speaks. */
	private static final Set<String> SPOKEN = Set.of("title", "aria-label", "alt", "placeholder", "aria-description",
			"aria-roledescription", "summary");

	/** Attributes whose content Thymeleaf replaces with what the expression gives. */
	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors");

	/** Symbols and punctuation that are the same in both languages and may be written as they are. */
	private static final Pattern ALLOWED = Pattern.compile("[\\s×›‹—–·:,;.()\\[\\]/|•…→←↑↓▲▼%#*+\\-=]*");

	/** A string literal in a Thymeleaf expression that holds words, e.g. {@code th:text="${n} + ' items'"}. */
	private static final Pattern WORDS_IN_LITERAL = Pattern.compile("'[^'$#{}]*\\p{L}{2,}[^'$#{}]*'");

	/** Literals that are not words: identifiers, message-key prefixes, date patterns, the time zone. */
	private static final Pattern NOT_WORDS = Pattern.compile("'([A-Za-z0-9_./-]+|[dMyHhmsE ,:-]+| ?UTC)'");

	@Test
	void templatesHoldNoLiteralInterfaceText() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
				Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
				String name = Path.of("src/main/resources/templates").relativize(template).toString();
				for (Element element : document.getAllElements()) {
					if (removed(element)) {
						continue;
					}
					check(name, element, found);
				}
			}
		}
		assertThat(found).isEmpty();
	}

	private static void check(String template, Element element, List<String> found) {
		if (!replaced(element) && !element.tagName().equals("script") && !element.tagName().equals("style")) {
			for (Node child : element.childNodes()) {
				if (child instanceof TextNode text && text.text().strip().startsWith(":")) {
					found.add(template + ": a colon written after <" + element.tagName() + "> (use label.colon)");
				}
				if (child instanceof TextNode text && isWords(text.text())) {
					found.add(template + ": text \"" + text.text().strip() + "\" in <" + element.tagName() + ">");
				}
			}
		}
		element.attributes().forEach(attribute -> {
			String key = attribute.getKey();
			if (SPOKEN.contains(key) || ("value".equals(key) && isButton(element))) {
				if (isWords(attribute.getValue())) {
					found.add(template + ": " + key + "=\"" + attribute.getValue() + "\" on <" + element.tagName() + ">");
				}
			}
			if (key.equals("th:text") || key.equals("th:utext") || key.equals("th:attr")
					|| key.startsWith("th:") && SPOKEN.contains(key.substring(3))) {
				if (attribute.getValue().matches("(?s).*\\+\\s*'\\s*:\\s*'.*")) {
					found.add(template + ": a colon concatenated in " + key + " (use label.colon or label.value)");
				}
				Matcher literal = WORDS_IN_LITERAL.matcher(attribute.getValue());
				while (literal.find()) {
					if (!NOT_WORDS.matcher(literal.group()).matches()) {
						found.add(template + ": literal " + literal.group() + " in " + key);
					}
				}
			}
		});
	}

	private static boolean isButton(Element element) {
		return element.tagName().equals("button")
				|| element.tagName().equals("input") && Set.of("submit", "button", "reset").contains(element.attr("type"));
	}

	/** Whether Thymeleaf replaces this element's content (or one of its ancestors'). */
	private static boolean replaced(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			for (String attribute : REPLACING) {
				// A layout call such as th:replace="~{fragments/layout :: layout(~{::title}, ~{::main})}" does
				// not discard the content: it passes parts of it on, so they are checked.
				if (current.hasAttr(attribute) && !current.attr(attribute).contains("~{::")) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean removed(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			if (Set.of("all", "body", "tag").contains(current.attr("th:remove")) && current != element
					|| "all".equals(current.attr("th:remove"))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isWords(String text) {
		String stripped = text.replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "").strip();
		return !stripped.isEmpty() && !ALLOWED.matcher(stripped).matches() && stripped.codePoints().anyMatch(Character::isLetter);
	}

}
