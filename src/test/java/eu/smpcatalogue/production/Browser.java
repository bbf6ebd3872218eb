package eu.smpcatalogue.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

/**
 * A person's browser over real HTTP: one cookie jar for every instance (they all answer on localhost,
 * as they would behind one load balancer), redirects not followed so that they can be checked.
 */
final class Browser {

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	HttpResponse<String> get(String url, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		return send(headers.length == 0 ? request : request.headers(headers));
	}

	HttpResponse<String> post(String url, Map<String, List<String>> fields) {
		return send(postRequest(url, fields));
	}

	CompletableFuture<HttpResponse<String>> postAsync(String url, Map<String, List<String>> fields) {
		return http.sendAsync(postRequest(url, fields).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The fields of the page's form that posts to {@code action}, as a browser would send them untouched. */
	Map<String, List<String>> form(String pageUrl, String action) {
		HttpResponse<String> page = get(pageUrl);
		if (page.statusCode() != 200) {
			throw new IllegalStateException(pageUrl + " answered " + page.statusCode());
		}
		Document document = Jsoup.parse(page.body(), pageUrl);
		FormElement form = (FormElement) document.selectFirst("form[action=" + action + "]");
		if (form == null) {
			throw new IllegalStateException("No form posting to " + action + " on " + pageUrl);
		}
		Map<String, List<String>> fields = new LinkedHashMap<>();
		form.formData().forEach(field -> fields.computeIfAbsent(field.key(), key -> new ArrayList<>()).add(field.value()));
		return fields;
	}

	/** Signs in through the login form; true when the catalogue accepted the password. */
	boolean signIn(Instance instance, String username, String password) {
		Map<String, List<String>> fields = form(instance.url("/login"), "/login");
		fields.put("username", List.of(username));
		fields.put("password", List.of(password));
		HttpResponse<String> answer = post(instance.url("/login"), fields);
		return answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").endsWith("/account");
	}

	private static HttpRequest.Builder postRequest(String url, Map<String, List<String>> fields) {
		String body = fields.entrySet()
			.stream()
			.flatMap(field -> field.getValue().stream().map(value -> encode(field.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
