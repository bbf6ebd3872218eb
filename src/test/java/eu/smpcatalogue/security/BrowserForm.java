package eu.smpcatalogue.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What a browser would send from a form on a page: its fields with their current values, in order. */
record BrowserForm(List<Map.Entry<String, String>> fields, List<String> textFields) {

	static BrowserForm of(String html, String action) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		List<String> textFields = new ArrayList<>();
		for (Element field : Jsoup.parse(html).select("form[action=" + action + "]").select("input[name], textarea[name], select[name]")) {
			String name = field.attr("name");
			String type = field.attr("type");
			if (name.equals("_csrf") || (type.matches("checkbox|radio") && !field.hasAttr("checked"))) {
				continue;
			}
			String value = switch (field.tagName()) {
				case "select" -> field.select("option[selected]").stream().map(option -> option.attr("value")).findFirst().orElse("");
				case "textarea" -> field.wholeText();
				default -> field.attr("value");
			};
			fields.add(Map.entry(name, value));
			if (field.tagName().equals("textarea") || type.isEmpty() || type.matches("text|url|search")) {
				textFields.add(name);
			}
		}
		return new BrowserForm(fields, textFields);
	}

	/** The form as sent, with {@code value} typed into the fields that {@code replaced} names. */
	MockHttpServletRequestBuilder sendTo(MockHttpServletRequestBuilder request, List<String> replaced, String value) {
		fields.forEach(field -> request.param(field.getKey(), replaced.contains(field.getKey()) ? value : field.getValue()));
		return request;
	}

}
