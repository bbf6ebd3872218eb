package eu.smpcatalogue.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;


import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The map page: choropleths of destinations and origins and a map of corridors, as inline SVG over the
 * shipped Natural Earth outlines. Works offline: no tiles, no script, nothing from another host. The
 * outlines are written once per page (hidden {@code <defs>}) and reused by each map with {@code <use>}.
 */
@Component
class Maps {

	/** Lower bounds of the choropleth's steps; fixed, so that a colour means the same count on every selection. */
	private static final long[] STEPS = { 1, 2, 3, 5, 10 };

	private final WorldMap world;

	private final Insights insights;

	private final MessageSource messages;

	Maps(WorldMap world, Insights insights, MessageSource messages) {
		this.world = world;
		this.insights = insights;
		this.messages = messages;
	}

	MapView view(Selected selected, Locale locale) {
		return view(selected, locale, false, null);
	}

	/**
	 * The map page. {@code europe}: the destinations drawn over Europe alone, where most of them are, large
	 * enough for every number to be read. {@code corridorsOf}: only the corridors to or from that country.
	 */
	MapView view(Selected selected, Locale locale, boolean europe, String corridorsOf) {
		Statistics statistics = insights.statistics(selected, locale);
		List<MapView.Corridor> all = corridors(selected, locale);
		List<MapView.Corridor> corridors = corridorsOf == null ? all : all.stream()
			.filter(corridor -> corridor.originKey().equals(corridorsOf) || corridor.destinationKey().equals(corridorsOf))
			.toList();
		Map<String, Long> destinations = countries(statistics.destinations());
		Map<String, Long> origins = countries(statistics.origins());
		String destinationMap = choropleth("map-destinations", message("insights.map.destinations.title", locale),
				message("insights.map.choropleth.description", locale, describe(statistics.destinations())),
				byCode(statistics.destinations()),
				code -> selected.catalogueUrl("destination", code), "insights.map.destination.country", locale, europe);
		String originMap = choropleth("map-origins", message("insights.map.origins.title", locale),
				message("insights.map.choropleth.description", locale, describe(statistics.origins())),
				byCode(statistics.origins()),
				code -> selected.catalogueUrl("origin", code), "insights.map.origin.country", locale, false);
		return new MapView(statistics.total(), statistics.destinations(), statistics.origins(), corridors, geometry(),
				destinationMap, originMap, corridorMap(corridors, destinations, origins, locale), legend(), europe,
				corridorCountries(all), corridorsOf);
	}

	/** The countries at either end of a corridor on the map, by name: what the corridors can be narrowed to. */
	private static List<MapView.Place> corridorCountries(List<MapView.Corridor> corridors) {
		Map<String, MapView.Place> places = new LinkedHashMap<>();
		for (MapView.Corridor corridor : corridors) {
			if (!corridor.originRegion()) {
				places.putIfAbsent(corridor.originKey(), new MapView.Place(corridor.originKey(), corridor.origin()));
			}
			if (!corridor.destinationRegion()) {
				places.putIfAbsent(corridor.destinationKey(), new MapView.Place(corridor.destinationKey(), corridor.destination()));
			}
		}
		return places.values().stream().sorted(Comparator.comparing(MapView.Place::name, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	private static Map<String, Long> countries(List<Statistics.Count> counts) {
		Map<String, Long> result = new LinkedHashMap<>();
		counts.stream().filter(count -> !count.region()).forEach(count -> result.put(count.key(), count.count()));
		return result;
	}

	private static Map<String, Statistics.Count> byCode(List<Statistics.Count> counts) {
		Map<String, Statistics.Count> result = new LinkedHashMap<>();
		counts.stream().filter(count -> !count.region()).forEach(count -> result.put(count.key(), count));
		return result;
	}

	private static String describe(List<Statistics.Count> counts) {
		return counts.stream().map(count -> count.label() + " " + count.count()).collect(Collectors.joining("; "));
	}

	/** Every origin × destination of each partnership, countries and regions alike, most partnerships first. */
	private List<MapView.Corridor> corridors(Selected selected, Locale locale) {
		return insights.corridors(selected, locale).stream()
			.<MapView.Corridor>map(corridor -> corridor(selected, end(corridor.origin(), corridor.originRegion(), locale),
					end(corridor.destination(), corridor.destinationRegion(), locale), corridor.count()))
			.sorted(Comparator.comparingLong(MapView.Corridor::count).reversed()
				.thenComparing(MapView.Corridor::origin, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(MapView.Corridor::destination, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private End end(String key, boolean region, Locale locale) {
		return new End(key, insights.label(region ? "region" : "destination", key, locale), region);
	}

	private MapView.Corridor corridor(Selected selected, End origin, End destination, long count) {
		boolean drawn = !origin.region && !destination.region && world.shapes().containsKey(origin.key)
				&& world.shapes().containsKey(destination.key);
		// The catalogue has no destination-region filter: such corridors have no link.
		String url = destination.region ? null
				: selected.catalogueUrl(List.<String[]>of(new String[] { origin.region ? "region" : "origin", origin.key },
						new String[] { "destination", destination.key }));
		return new MapView.Corridor(origin.key, origin.label, origin.region, destination.key, destination.label,
				destination.region, count, drawn, url);
	}

	private record End(String key, String label, boolean region) {
	}

	/** The outlines, once per page, for every map to {@code <use>}. */
	private String geometry() {
		StringBuilder svg = new StringBuilder(160_000);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map-geometry\" aria-hidden=\"true\" focusable=\"false\"><defs>");
		world.shapes().values().stream().sorted(Comparator.comparing(WorldMap.Shape::code)).forEach(shape -> svg
			.append("<path id=\"geo-").append(shape.code()).append("\" d=\"").append(shape.path()).append("\"/>"));
		return svg.append("</defs></svg>").toString();
	}

	private String choropleth(String id, String title, String description, Map<String, Statistics.Count> counts,
			Function<String, String> url, String titleKey, Locale locale, boolean europe) {
		StringBuilder svg = europe ? open(id, title, description, EUROPE_VIEW) : open(id, title, description);
		StringBuilder inset = new StringBuilder();
		StringBuilder labels = new StringBuilder();
		StringBuilder insetLabels = new StringBuilder();
		for (WorldMap.Shape shape : sortedShapes()) {
			Statistics.Count counted = counts.get(shape.code());
			if (counted == null) {
				svg.append("<use href=\"#geo-").append(shape.code()).append("\" class=\"land\"/>");
				inset.append("<use href=\"#geo-").append(shape.code()).append("\" class=\"land\"/>");
				continue;
			}
			long count = counted.count();
			String bin = bin(count);
			String href = Svg.text(url.apply(shape.code()));
			String shapes = "<use href=\"#geo-" + shape.code() + "\" class=\"land " + bin + "\"/>" + (shape.small()
					? "<circle class=\"dot " + bin + "\" cx=\"" + Svg.n(shape.x()) + "\" cy=\"" + Svg.n(shape.y()) + "\" r=\"3\"/>"
					: "");
			svg.append("<a href=\"").append(href).append("\"><title>")
				.append(Svg.text(message(titleKey, locale, counted.label(), count))).append("</title>").append(shapes).append("</a>");
			// The inset repeats the link for the mouse only: keyboards and screen readers meet each country once.
			inset.append("<a href=\"").append(href).append("\" tabindex=\"-1\">").append(shapes).append("</a>");
			String label = "<text x=\"" + Svg.n(shape.x()) + "\" y=\"" + Svg.n(shape.y() + 3) + "\" text-anchor=\"middle\">" + count
					+ "</text>";
			(inEuropeInset(shape) && !europe ? insetLabels : labels).append(label);
		}
		// The numbers, printed on the map so that nothing rests on colour alone (aria-hidden: the links say them).
		svg.append("<g class=\"map-counts").append(europe ? " europe-counts" : "").append("\" aria-hidden=\"true\">")
			.append(labels).append("</g>");
		if (!europe) {
			appendEuropeInset(svg, inset, insetLabels, locale);
		}
		return svg.append("</svg>").toString();
	}

	/** Europe, where most destinations are, is too small on a world map: a magnified inset in the empty South Pacific. */
	private static final double[] EUROPE = { 466, 20, 160, 108 };

	private static final double[] INSET = { 4, 238, 272, 184 };

	/** Europe on a map of its own: a little wider than the inset, for Iceland, Cyprus and the Canaries' edge. */
	private static final double[] EUROPE_VIEW = { 456, 14, 180, 118 };

	private static boolean inEuropeInset(WorldMap.Shape shape) {
		return shape.x() >= EUROPE[0] && shape.x() <= EUROPE[0] + EUROPE[2] && shape.y() >= EUROPE[1]
				&& shape.y() <= EUROPE[1] + EUROPE[3];
	}

	private void appendEuropeInset(StringBuilder svg, CharSequence shapes, CharSequence labels, Locale locale) {
		svg.append("<g class=\"map-inset\" aria-hidden=\"true\">");
		svg.append("<rect class=\"inset-zone\" x=\"").append(Svg.n(EUROPE[0])).append("\" y=\"").append(Svg.n(EUROPE[1]))
			.append("\" width=\"").append(Svg.n(EUROPE[2])).append("\" height=\"").append(Svg.n(EUROPE[3])).append("\"/>");
		svg.append("<svg x=\"").append(Svg.n(INSET[0])).append("\" y=\"").append(Svg.n(INSET[1])).append("\" width=\"")
			.append(Svg.n(INSET[2])).append("\" height=\"").append(Svg.n(INSET[3])).append("\" viewBox=\"").append(Svg.n(EUROPE[0]))
			.append(' ').append(Svg.n(EUROPE[1])).append(' ').append(Svg.n(EUROPE[2])).append(' ').append(Svg.n(EUROPE[3]))
			.append("\"><rect class=\"sea\" x=\"").append(Svg.n(EUROPE[0])).append("\" y=\"").append(Svg.n(EUROPE[1]))
			.append("\" width=\"").append(Svg.n(EUROPE[2])).append("\" height=\"").append(Svg.n(EUROPE[3])).append("\"/>")
			.append(shapes).append("<g class=\"map-counts inset-counts\">").append(labels).append("</g></svg>");
		svg.append("<rect class=\"inset-frame\" x=\"").append(Svg.n(INSET[0])).append("\" y=\"").append(Svg.n(INSET[1]))
			.append("\" width=\"").append(Svg.n(INSET[2])).append("\" height=\"").append(Svg.n(INSET[3])).append("\"/>");
		svg.append("<text class=\"inset-title\" x=\"").append(Svg.n(INSET[0] + 4)).append("\" y=\"").append(Svg.n(INSET[1] - 4))
			.append("\">").append(Svg.text(message("insights.map.inset", locale))).append("</text></g>");
	}

	private String corridorMap(List<MapView.Corridor> corridors, Map<String, Long> destinations, Map<String, Long> origins,
			Locale locale) {
		List<MapView.Corridor> drawn = corridors.stream().filter(MapView.Corridor::drawn).toList();
		String description = message("insights.map.corridors.description", locale, drawn.stream()
			.map(corridor -> corridor.origin() + " → " + corridor.destination() + " " + corridor.count())
			.collect(Collectors.joining("; ")));
		StringBuilder svg = open("map-corridors", message("insights.map.corridors.title", locale), description);
		svg.append("<defs><marker id=\"corridor-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"5\" ")
			.append("markerHeight=\"5\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10Z\" class=\"arrow\"/></marker></defs>");
		for (WorldMap.Shape shape : sortedShapes()) {
			String role = destinations.containsKey(shape.code()) ? " destination"
					: origins.containsKey(shape.code()) ? " origin" : "";
			svg.append("<use href=\"#geo-").append(shape.code()).append("\" class=\"land").append(role).append("\"/>");
		}
		StringBuilder labels = new StringBuilder();
		// Thinnest first, so that the busiest corridors are drawn on top.
		List<MapView.Corridor> ordered = new ArrayList<>(drawn);
		ordered.sort(Comparator.comparingLong(MapView.Corridor::count));
		for (MapView.Corridor corridor : ordered) {
			WorldMap.Shape from = world.shapes().get(corridor.originKey());
			WorldMap.Shape to = world.shapes().get(corridor.destinationKey());
			double dx = to.x() - from.x();
			double dy = to.y() - from.y();
			// A gentle curve (bending to the left of travel) keeps a pair's two directions and crossings apart.
			double cx = (from.x() + to.x()) / 2 + dy * 0.2;
			double cy = (from.y() + to.y()) / 2 - dx * 0.2;
			// Width grows with the count itself (not relative to the busiest), so it reads the same on every selection.
			double width = 0.6 + 1.1 * Math.sqrt(corridor.count());
			String title = message("insights.map.corridor.title", locale, corridor.origin(), corridor.destination(),
					corridor.count());
			svg.append("<a href=\"").append(Svg.text(corridor.url())).append("\"><title>").append(Svg.text(title))
				.append("</title><path class=\"corridor\" d=\"M").append(Svg.n(from.x())).append(',').append(Svg.n(from.y()))
				.append("Q").append(Svg.n(cx)).append(',').append(Svg.n(cy)).append(' ').append(Svg.n(to.x())).append(',')
				.append(Svg.n(to.y())).append("\" stroke-width=\"").append(Svg.n(width))
				.append("\" marker-end=\"url(#corridor-arrow)\"/></a>");
			// The number sits nearer the origin, where lines are further apart than at Europe's crowded end.
			double t = 0.35;
			double lx = (1 - t) * (1 - t) * from.x() + 2 * (1 - t) * t * cx + t * t * to.x();
			double ly = (1 - t) * (1 - t) * from.y() + 2 * (1 - t) * t * cy + t * t * to.y();
			labels.append("<text x=\"").append(Svg.n(lx)).append("\" y=\"").append(Svg.n(ly + 3))
				.append("\" text-anchor=\"middle\">").append(corridor.count()).append("</text>");
		}
		svg.append("<g class=\"map-counts corridor-counts\" aria-hidden=\"true\">").append(labels).append("</g>");
		return svg.append("</svg>").toString();
	}

	private List<WorldMap.Shape> sortedShapes() {
		return world.shapes().values().stream().sorted(Comparator.comparing(WorldMap.Shape::code)).toList();
	}

	private StringBuilder open(String id, String title, String description) {
		return open(id, title, description, new double[] { 0, 0, world.width(), world.height() });
	}

	private StringBuilder open(String id, String title, String description, double[] box) {
		StringBuilder svg = new StringBuilder(40_000);
		String viewBox = Svg.n(box[0]) + " " + Svg.n(box[1]) + " " + Svg.n(box[2]) + " " + Svg.n(box[3]);
		boolean whole = box[0] == 0 && box[1] == 0 && box[2] == world.width() && box[3] == world.height();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"world-map").append(whole ? "" : " europe-view")
			.append("\" id=\"").append(id)
			.append("\" role=\"group\" aria-labelledby=\"").append(id).append("-title\" aria-describedby=\"").append(id)
			.append("-desc\" viewBox=\"").append(viewBox).append("\" preserveAspectRatio=\"xMidYMid meet\">");
		svg.append("<title id=\"").append(id).append("-title\">").append(Svg.text(title)).append("</title>");
		svg.append("<desc id=\"").append(id).append("-desc\">").append(Svg.text(description)).append("</desc>");
		svg.append("<rect class=\"sea\" x=\"").append(Svg.n(box[0])).append("\" y=\"").append(Svg.n(box[1]))
			.append("\" width=\"").append(Svg.n(box[2])).append("\" height=\"").append(Svg.n(box[3])).append("\"/>");
		return svg;
	}

	private static String bin(long count) {
		int step = 0;
		for (int i = 0; i < STEPS.length; i++) {
			if (count >= STEPS[i]) {
				step = i + 1;
			}
		}
		return "q" + step;
	}

	private static List<MapView.Bin> legend() {
		List<MapView.Bin> bins = new ArrayList<>();
		for (int i = 0; i < STEPS.length; i++) {
			long low = STEPS[i];
			String range = i == STEPS.length - 1 ? low + "+" : (STEPS[i + 1] - 1 == low ? Long.toString(low) : low + "–" + (STEPS[i + 1] - 1));
			bins.add(new MapView.Bin("q" + (i + 1), range));
		}
		return bins;
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

}
