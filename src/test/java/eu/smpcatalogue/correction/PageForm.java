package eu.smpcatalogue.correction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What a browser would send from a form on a page, with some fields typed in (a list replaces every value of its field). */
final class PageForm {

	private final Map<String, List<String>> fields = new LinkedHashMap<>();

	private PageForm() {
	}

	static PageForm of(String html, String action) {
		PageForm form = new PageForm();
		Element found = Jsoup.parse(html).selectFirst("form[action=" + action + "]");
		if (found == null) {
			throw new AssertionError("No form for " + action);
		}
		for (Element field : found.select("input[name], textarea[name], select[name]")) {
			String name = field.attr("name");
			String type = field.attr("type");
			if (name.equals("_csrf") || (type.matches("checkbox|radio") && !field.hasAttr("checked")) || type.equals("submit")) {
				continue;
			}
			List<String> values = form.fields.computeIfAbsent(name, key -> new ArrayList<>());
			switch (field.tagName()) {
				case "select" -> field.select("option[selected]").forEach(option -> values.add(option.attr("value")));
				case "textarea" -> values.add(field.wholeText());
				default -> values.add(field.attr("value"));
			}
		}
		return form;
	}

	boolean has(String field) {
		return fields.containsKey(field);
	}

	PageForm set(String field, String... values) {
		fields.put(field, List.of(values));
		return this;
	}

	MockHttpServletRequestBuilder sendTo(MockHttpServletRequestBuilder request) {
		fields.forEach((name, values) -> values.forEach(value -> request.param(name, value)));
		return request;
	}

}
