package eu.smpcatalogue.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person at a browser, over real HTTP: a session cookie of their own, forms read from the page and
 * submitted with exactly what a browser would send (filled fields, selected options, checked boxes, the
 * CSRF token). Nothing is followed automatically, so each answer can be told apart.
 */
final class Browser {

	private final URI base;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	Browser(int port) {
		this.base = URI.create("http://127.0.0.1:" + port);
	}

	Browser signIn(String username, String password) {
		HttpResponse<String> signedIn = open("/login", "/login").set("username", username).set("password", password).submit();
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("/login");
		return this;
	}

	/** Creates a partnership through the new-partnership form, as a contact point of {@code country}; its slug. */
	String newPartnership(String name, String country, String origin) {
		HttpResponse<String> created = open("/partnerships/new", "/partnerships/new").set("nameEn", name + " " + System.nanoTime())
			.set("summaryEn", "A partnership the reliability tests edit.")
			.set("reportingCountry", country)
			.set("destinationCountries", country)
			.set("originCountries", origin)
			.set("sources[0].sourceKey", "emn-inform-smp-2022")
			.set("sources[0].locator", "Section 5.3")
			.submit();
		assertThat(created.statusCode()).isEqualTo(302);
		return created.headers().firstValue("Location").orElseThrow().replaceFirst("^.*/partnerships/", "");
	}

	/** The form posting to {@code action} on the page at {@code path}. */
	Form open(String path, String action) {
		HttpResponse<String> page = get(path);
		assertThat(page.statusCode()).as("GET %s", path).isEqualTo(200);
		Document document = Jsoup.parse(page.body(), base.resolve(path).toString());
		FormElement form = document.select("form[method=post]")
			.forms()
			.stream()
			.filter(candidate -> URI.create(candidate.absUrl("action")).getPath().equals(action))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No form posting to " + action + " on " + path));
		List<Map.Entry<String, String>> fields = form.formData()
			.stream()
			.map(field -> (Map.Entry<String, String>) new SimpleEntry<>(field.key(), field.value()))
			.collect(Collectors.toCollection(ArrayList::new));
		return new Form(action, fields);
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(base.resolve(path)).GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A form as loaded, to change and submit (once or several times, as a person pressing Save again). */
	final class Form {

		private final String action;

		private final List<Map.Entry<String, String>> fields;

		private Form(String action, List<Map.Entry<String, String>> fields) {
			this.action = action;
			this.fields = fields;
		}

		String get(String name) {
			return fields.stream().filter(field -> field.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
		}

		/** Replaces every value of the field (a text box, or all options of a list) with these. */
		Form set(String name, String... values) {
			fields.removeIf(field -> field.getKey().equals(name));
			for (String value : values) {
				fields.add(new SimpleEntry<>(name, value));
			}
			return this;
		}

		HttpResponse<String> submit() {
			String body = fields.stream()
				.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(base.resolve(action))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private static String encode(String text) {
			return URLEncoder.encode(text, StandardCharsets.UTF_8);
		}

	}

}
