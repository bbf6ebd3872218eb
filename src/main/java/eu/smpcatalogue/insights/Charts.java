package eu.smpcatalogue.insights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The statistics charts as inline SVG, drawn on the server: no script, nothing fetched. Each chart is an
 * image with a title and a description that states its numbers; every bar carries its value in print, and
 * the page repeats the data in a table.
 */
@Component
class Charts {

	private static final int WIDTH = 760;

	private static final int LABEL_WIDTH = 290;

	private static final int ROW = 24;

	/** Height of a label's line, and how many characters fit on one in the label column. */
	private static final int LINE = 15;

	private static final int LABEL_CHARACTERS = 38;

	private final MessageSource messages;

	Charts(MessageSource messages) {
		this.messages = messages;
	}

	/** Every chart of the statistics page, by name (destinations, origins, sectors, kinds, years, coverage). */
	Map<String, String> all(Statistics statistics, Locale locale) {
		Map<String, String> charts = new LinkedHashMap<>();
		charts.put("destinations", bars("chart-destinations", message("insights.destinations.title", locale),
				statistics.destinations(), locale));
		charts.put("origins", bars("chart-origins", message("insights.origins.title", locale), statistics.origins(), locale));
		charts.put("sectors", bars("chart-sectors", message("insights.sectors.title", locale), statistics.sectors(), locale));
		charts.put("kinds", bars("chart-kinds", message("insights.kinds.title", locale), statistics.kinds(), locale));
		charts.put("years", timeline("chart-years", message("insights.years.title", locale), statistics.years(), locale));
		charts.put("coverage", coverage("chart-coverage", message("insights.coverage.title", locale), statistics.coverage(),
				statistics.total(), locale));
		return charts;
	}

	/** Horizontal bars, largest first: one row per value, its count printed after the bar. */
	String bars(String id, String title, List<Statistics.Count> counts, Locale locale) {
		long max = counts.stream().mapToLong(Statistics.Count::count).max().orElse(1);
		int barSpace = WIDTH - LABEL_WIDTH - 50;
		List<List<String>> labels = counts.stream().map(count -> Svg.wrap(count.label(), LABEL_CHARACTERS)).toList();
		int height = labels.stream().mapToInt(Charts::rowHeight).sum() + 8;
		String description = message("insights.chart.bars.description", locale, counts.stream()
			.map(count -> count.label() + " " + count.count())
			.collect(Collectors.joining("; ")));
		StringBuilder svg = open(id, title, description, height);
		int y = 4;
		for (int i = 0; i < counts.size(); i++) {
			Statistics.Count count = counts.get(i);
			List<String> lines = labels.get(i);
			int row = rowHeight(lines);
			// The bar sits in the middle of its row, level with the middle of a label of several lines.
			int barTop = y + (row - ROW) / 2;
			double width = Math.max(2, (double) count.count() / max * barSpace);
			svg.append("<g class=\"bar").append(count.region() ? " region" : "").append("\">");
			svg.append(Svg.label(lines, LABEL_WIDTH - 8, barTop + 16 - (lines.size() - 1) * LINE / 2.0, LINE));
			svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(barTop + 3).append("\" width=\"")
				.append(Svg.n(width)).append("\" height=\"").append(ROW - 6).append("\"/>");
			svg.append("<text class=\"value\" x=\"").append(Svg.n(LABEL_WIDTH + width + 6)).append("\" y=\"").append(barTop + 16)
				.append("\">").append(count.count()).append("</text></g>");
			y += row;
		}
		return svg.append("</svg>").toString();
	}

	/** A row is as tall as its label needs: long names wrap onto more lines instead of being cut. */
	private static int rowHeight(List<String> lines) {
		return Math.max(ROW, lines.size() * LINE + 8);
	}

	/** Columns per year: partnerships that began (solid) and ended (hatched) that year, each with its number. */
	String timeline(String id, String title, List<Statistics.Year> years, Locale locale) {
		long max = Math.max(1, years.stream().mapToLong(year -> Math.max(year.started(), year.ended())).max().orElse(1));
		int top = 34;
		int plot = 170;
		int left = 10;
		int height = top + plot + 40;
		double slot = (double) (WIDTH - 2 * left) / Math.max(years.size(), 1);
		double bar = Math.min(16, (slot - 4) / 2);
		String description = message("insights.chart.timeline.description", locale, years.stream()
			.filter(year -> year.started() + year.ended() > 0)
			.map(year -> message("insights.chart.timeline.year", locale, String.valueOf(year.year()), year.started(), year.ended()))
			.collect(Collectors.joining("; ")));
		StringBuilder svg = open(id, title, description, height);
		svg.append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" ")
			.append("patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" class=\"hatch-ground\"/>")
			.append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" class=\"hatch-line\"/></pattern></defs>");
		// Legend: the two series are told apart by fill pattern and by name, not by colour alone.
		svg.append("<g class=\"legend\"><rect class=\"started\" x=\"").append(left).append("\" y=\"6\" width=\"14\" height=\"14\"/>")
			.append("<text x=\"").append(left + 20).append("\" y=\"18\">").append(Svg.text(message("insights.years.started", locale)))
			.append("</text><rect class=\"ended\" x=\"").append(left + 180).append("\" y=\"6\" width=\"14\" height=\"14\" fill=\"url(#")
			.append(id).append("-hatch)\"/><text x=\"").append(left + 200).append("\" y=\"18\">")
			.append(Svg.text(message("insights.years.ended", locale))).append("</text></g>");
		int baseline = top + plot;
		svg.append("<line class=\"axis\" x1=\"").append(left).append("\" y1=\"").append(baseline).append("\" x2=\"")
			.append(WIDTH - left).append("\" y2=\"").append(baseline).append("\"/>");
		boolean everyYear = slot >= 30;
		for (int i = 0; i < years.size(); i++) {
			Statistics.Year year = years.get(i);
			double x = left + i * slot + slot / 2;
			column(svg, "started", null, x - bar - 1, bar, year.started(), max, plot, baseline);
			column(svg, "ended", "url(#" + id + "-hatch)", x + 1, bar, year.ended(), max, plot, baseline);
			if (everyYear || year.year() % 5 == 0 || i == 0 || i == years.size() - 1) {
				svg.append("<text class=\"year\" x=\"").append(Svg.n(x)).append("\" y=\"").append(baseline + 16)
					.append("\" text-anchor=\"middle\">").append(year.year()).append("</text>");
			}
		}
		return svg.append("</svg>").toString();
	}

	private static void column(StringBuilder svg, String series, String fill, double x, double width, long value, long max,
			int plot, int baseline) {
		if (value == 0) {
			return;
		}
		double height = Math.max(2, (double) value / max * (plot - 16));
		svg.append("<rect class=\"").append(series).append("\" x=\"").append(Svg.n(x)).append("\" y=\"")
			.append(Svg.n(baseline - height)).append("\" width=\"").append(Svg.n(width)).append("\" height=\"")
			.append(Svg.n(height)).append("\"").append(fill == null ? "" : " fill=\"" + fill + "\"").append("/>");
		svg.append("<text class=\"value\" x=\"").append(Svg.n(x + width / 2)).append("\" y=\"")
			.append(Svg.n(baseline - height - 3)).append("\" text-anchor=\"middle\">").append(value).append("</text>");
	}

	/** One stacked bar per element: present, partly, absent, not documented, each segment marked and numbered. */
	String coverage(String id, String title, List<Statistics.Coverage> rows, long total, Locale locale) {
		int barSpace = WIDTH - LABEL_WIDTH - 10;
		int height = 34 + rows.size() * 30 + 4;
		String description = message("insights.chart.coverage.description", locale, rows.stream()
			.map(row -> message("insights.chart.coverage.row", locale, row.label(), row.present(), row.partly(), row.absent(),
					row.notDocumented()))
			.collect(Collectors.joining("; ")));
		StringBuilder svg = open(id, title, description, height);
		String[] series = { "present", "partly", "absent", "not-documented" };
		String[] marks = { "✔", "◐", "✘", "?" };
		int x = 0;
		svg.append("<g class=\"legend\">");
		for (int i = 0; i < series.length; i++) {
			svg.append("<rect class=\"").append(series[i]).append("\" x=\"").append(x).append("\" y=\"6\" width=\"14\" height=\"14\"/>")
				.append("<text x=\"").append(x + 20).append("\" y=\"18\">").append(marks[i]).append(' ')
				.append(Svg.text(message("elementStatus." + series[i], locale))).append("</text>");
			x += 185;
		}
		svg.append("</g>");
		int y = 34;
		for (Statistics.Coverage row : rows) {
			List<String> lines = Svg.wrap(row.label(), LABEL_CHARACTERS).stream().limit(2).toList();
			svg.append(Svg.label(lines, LABEL_WIDTH - 8, y + 17 - (lines.size() - 1) * LINE / 2.0, LINE));
			long[] values = { row.present(), row.partly(), row.absent(), row.notDocumented() };
			double offset = LABEL_WIDTH;
			for (int i = 0; i < values.length; i++) {
				if (values[i] == 0 || total == 0) {
					continue;
				}
				double width = (double) values[i] / total * barSpace;
				svg.append("<rect class=\"").append(series[i]).append("\" x=\"").append(Svg.n(offset)).append("\" y=\"")
					.append(y + 2).append("\" width=\"").append(Svg.n(width)).append("\" height=\"24\"/>");
				if (width >= 34) {
					svg.append("<text class=\"segment ").append(series[i]).append("\" x=\"").append(Svg.n(offset + 5))
						.append("\" y=\"").append(y + 19).append("\">").append(marks[i]).append(' ').append(values[i]).append("</text>");
				}
				offset += width;
			}
			y += 30;
		}
		return svg.append("</svg>").toString();
	}

	private static StringBuilder open(String id, String title, String description, int height) {
		StringBuilder svg = new StringBuilder(4096);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(id)
			.append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" viewBox=\"0 0 ")
			.append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
			.append("\" preserveAspectRatio=\"xMinYMin meet\">");
		svg.append("<title id=\"").append(id).append("-title\">").append(Svg.text(title)).append("</title>");
		svg.append("<desc id=\"").append(id).append("-desc\">").append(Svg.text(description)).append("</desc>");
		return svg;
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

}
