package eu.smpcatalogue.insights;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import eu.smpcatalogue.catalogue.Tally;

import org.springframework.util.MultiValueMap;

/**
 * The reader's selection as the charts and the map see it: its counts (read by the database, not from the
 * partnerships themselves), the parameters that chose it, the filters they name (to show), and the
 * selection as URL parameters (to link back to the catalogue of the same selection).
 */
record Selected(Tally tally, MultiValueMap<String, String> selection, List<ActiveFilter> filters, String query) {

	/** The catalogue of this selection. */
	public String catalogueUrl() {
		return "/partnerships" + (query.isEmpty() ? "" : "?" + query);
	}

	/**
	 * The catalogue of this selection narrowed to one value of a facet. Other values of that facet are
	 * dropped (several values of one facet widen the catalogue, so keeping them would not narrow it).
	 */
	String catalogueUrl(String parameter, String value) {
		return catalogueUrl(List.<String[]>of(new String[] { parameter, value }));
	}

	String catalogueUrl(List<String[]> pairs) {
		List<String> replaced = pairs.stream().map(pair -> pair[0]).toList();
		String kept = Arrays.stream(query.split("&"))
			.filter(part -> !part.isEmpty())
			.filter(part -> replaced.stream().noneMatch(parameter -> part.startsWith(parameter + "=")))
			.collect(Collectors.joining("&"));
		String added = pairs.stream().map(pair -> pair[0] + "=" + Svg.urlEncode(pair[1])).collect(Collectors.joining("&"));
		return "/partnerships?" + (kept.isEmpty() ? added : kept + "&" + added);
	}

	/** This page (the map) of the same selection with one more parameter, such as a view of it. */
	public String mapUrl(String parameter, String value) {
		return "/map?" + (query.isEmpty() ? "" : query + "&") + parameter + "=" + Svg.urlEncode(value);
	}

	/** The map of the same selection. */
	public String mapUrl() {
		return "/map" + (query.isEmpty() ? "" : "?" + query);
	}

	/** The selection as name and value pairs, for the hidden fields of a form that keeps it. */
	public List<String[]> parameters() {
		return Arrays.stream(query.split("&"))
			.filter(part -> part.contains("="))
			.map(part -> new String[] { URLDecoder.decode(part.substring(0, part.indexOf('=')), StandardCharsets.UTF_8),
					URLDecoder.decode(part.substring(part.indexOf('=') + 1), StandardCharsets.UTF_8) })
			.toList();
	}

	/** One chosen filter value, named for people ("Origin country: Morocco"). */
	record ActiveFilter(String facet, String value) {
	}

}
