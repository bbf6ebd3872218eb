package eu.smpcatalogue.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The fields a browser sends from a form on a page, with their values as the page shows them. */
final class BrowserFields {

	private BrowserFields() {
	}

	static Map<String, List<String>> of(String html, String action) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		Element form = Jsoup.parse(html).selectFirst("form[action=\"" + action + "\"]");
		if (form == null) {
			throw new IllegalArgumentException("No form sent to " + action);
		}
		for (Element field : form.select("input[name], textarea[name], select[name]")) {
			String name = field.attr("name");
			String type = field.attr("type");
			if (name.equals("_csrf") || type.equals("submit") || (type.matches("checkbox|radio") && !field.hasAttr("checked"))) {
				continue;
			}
			List<String> values = fields.computeIfAbsent(name, key -> new ArrayList<>());
			switch (field.tagName()) {
				case "select" -> {
					List<String> selected = field.select("option[selected]").eachAttr("value");
					if (!selected.isEmpty()) {
						values.addAll(selected);
					}
					else if (!field.hasAttr("multiple") && field.selectFirst("option") != null) {
						values.add(field.selectFirst("option").attr("value")); // what a browser sends: the first
					}
				}
				case "textarea" -> values.add(field.wholeText());
				default -> values.add(type.equals("checkbox") && !field.hasAttr("value") ? "on" : field.attr("value"));
			}
		}
		return fields;
	}

}
