package eu.smpcatalogue.compare;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The partnerships a reader has put aside to compare, kept for the session in a cookie ({@value #COOKIE}), so
 * that entries picked on different pages (the catalogue, a country, an entry) end up side by side. Every
 * change is a plain GET link that comes back to the page it was made on.
 */
public record ComparisonTray(List<String> slugs, String back) {

	static final String COOKIE = "smp-compare";

	/** Slugs are letters, digits and hyphens; a dot separates them, which a cookie value may hold as it is. */
	static final String SEPARATOR = ".";

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

	static ComparisonTray of(String cookie, String back) {
		Set<String> slugs = new LinkedHashSet<>();
		if (cookie != null) {
			Arrays.stream(cookie.split(Pattern.quote(SEPARATOR)))
				.filter(slug -> SLUG.matcher(slug).matches())
				.limit(Comparisons.MAX_SIDE_BY_SIDE)
				.forEach(slugs::add);
		}
		return new ComparisonTray(List.copyOf(slugs), back);
	}

	static boolean isSlug(String value) {
		return value != null && SLUG.matcher(value).matches();
	}

	public int count() {
		return slugs.size();
	}

	public boolean isEmpty() {
		return slugs.isEmpty();
	}

	public boolean contains(String slug) {
		return slugs.contains(slug);
	}

	public boolean isFull() {
		return slugs.size() >= Comparisons.MAX_SIDE_BY_SIDE;
	}

	public boolean canCompare() {
		return slugs.size() >= Comparisons.MIN_SIDE_BY_SIDE;
	}

	public int max() {
		return Comparisons.MAX_SIDE_BY_SIDE;
	}

	public String compareUrl() {
		return "/compare?slugs=" + String.join(",", slugs);
	}

	public String addUrl(String slug) {
		return "/comparison/add?slug=" + slug + "&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
	}

	public String removeUrl(String slug) {
		return "/comparison/remove?slug=" + slug + "&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
	}

	public String clearUrl() {
		return "/comparison/clear?back=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
	}

	String cookieValue() {
		return String.join(SEPARATOR, slugs);
	}

	ComparisonTray with(String slug) {
		Set<String> more = new LinkedHashSet<>(slugs);
		more.add(slug);
		return new ComparisonTray(List.copyOf(more), back);
	}

	ComparisonTray without(String slug) {
		return new ComparisonTray(slugs.stream().filter(other -> !other.equals(slug)).toList(), back);
	}

}
