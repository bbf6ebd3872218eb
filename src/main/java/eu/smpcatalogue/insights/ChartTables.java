package eu.smpcatalogue.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Each statistics chart's numbers as a table (header and rows), for its CSV download: what the page's table shows. */
@Component
class ChartTables {

	static final List<String> CHARTS = List.of("destinations", "origins", "sectors", "kinds", "years", "coverage");

	private final MessageSource messages;

	ChartTables(MessageSource messages) {
		this.messages = messages;
	}

	record Table(List<String> header, List<List<Object>> rows) {
	}

	Optional<Table> of(String chart, Statistics statistics, Locale locale) {
		return switch (chart) {
			case "destinations" -> Optional.of(counts(chart, statistics.destinations(), true, locale));
			case "origins" -> Optional.of(counts(chart, statistics.origins(), true, locale));
			case "sectors" -> Optional.of(counts(chart, statistics.sectors(), false, locale));
			case "kinds" -> Optional.of(counts(chart, statistics.kinds(), false, locale));
			case "years" -> Optional.of(years(statistics, locale));
			case "coverage" -> Optional.of(coverage(statistics, locale));
			default -> Optional.empty();
		};
	}

	private Table counts(String chart, List<Statistics.Count> counts, boolean places, Locale locale) {
		List<String> header = new ArrayList<>(List.of(message("insights." + chart + ".column", locale)));
		if (places) {
			header.add(message("insights.table.type", locale));
		}
		header.add(message("insights.table.partnerships", locale));
		List<List<Object>> rows = counts.stream().map(count -> {
			List<Object> row = new ArrayList<>();
			row.add(count.label());
			if (places) {
				row.add(count.region() ? message("insights.table.region", locale)
						: messages.getMessage("insights.table.country", new Object[] { count.key() }, locale));
			}
			row.add(count.count());
			return row;
		}).toList();
		return new Table(header, rows);
	}

	private Table years(Statistics statistics, Locale locale) {
		return new Table(List.of(message("insights.years.column", locale), message("insights.years.started", locale),
				message("insights.years.ended", locale)),
				statistics.years().stream()
					.filter(year -> year.started() + year.ended() > 0)
					.map(year -> List.<Object>of(year.year(), year.started(), year.ended()))
					.toList());
	}

	private Table coverage(Statistics statistics, Locale locale) {
		return new Table(List.of(message("insights.coverage.column", locale), message("elementStatus.present", locale),
				message("elementStatus.partly", locale), message("elementStatus.absent", locale),
				message("elementStatus.not-documented", locale)),
				statistics.coverage().stream()
					.map(row -> List.<Object>of(row.label(), row.present(), row.partly(), row.absent(), row.notDocumented()))
					.toList());
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
