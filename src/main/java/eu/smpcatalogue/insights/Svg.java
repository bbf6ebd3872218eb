package eu.smpcatalogue.insights;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

	/**
	 * A label broken into lines of at most {@code width} characters at spaces, so that a long name is read whole
	 * rather than cut; a word longer than a line is broken where it must.
	 */
	static List<String> wrap(String label, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : label.strip().split("\\s+")) {
			while (word.length() > width) {
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				lines.add(word.substring(0, width - 1) + "-");
				word = word.substring(width - 1);
			}
			if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (!line.isEmpty()) {
				line.append(' ');
			}
			line.append(word);
		}
		if (!line.isEmpty() || lines.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** SVG text of one or more lines, right-aligned at x, the first line's baseline at y. */
	static String label(List<String> lines, int x, double y, int lineHeight) {
		StringBuilder text = new StringBuilder("<text class=\"label\" x=\"").append(x).append("\" y=\"").append(n(y))
			.append("\" text-anchor=\"end\">");
		for (int i = 0; i < lines.size(); i++) {
			text.append("<tspan x=\"").append(x).append("\"").append(i == 0 ? "" : " dy=\"" + lineHeight + "\"").append('>')
				.append(text(lines.get(i))).append("</tspan>");
		}
		return text.append("</text>").toString();
	}

}
