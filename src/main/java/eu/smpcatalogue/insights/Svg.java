package eu.smpcatalogue.insights;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Small helpers for SVG written as text: every piece of data that goes into markup passes through {@link #text}. */
final class Svg {

	private Svg() {
	}

	static String text(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(value.length() + 16);
		for (char c : value.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/** A coordinate with at most one decimal, always with a dot whatever the locale. */
	static String n(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
	}

	static String urlEncode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A label cut to fit a chart's label column; the full text is in the data table. */
	static String shorten(String label, int max) {
		return label.length() <= max ? label : label.substring(0, max - 1).stripTrailing() + "…";
	}

}
