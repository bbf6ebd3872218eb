package eu.smpcatalogue.editing;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A form object written out as the request parameters a browser would post for it. */
final class FormParams {

	private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

	private FormParams() {
	}

	static MockHttpServletRequestBuilder of(MockHttpServletRequestBuilder request, Object form) {
		flatten(request, "", JSON.convertValue(form, Map.class));
		return request;
	}

	/** A form record with one field changed, as a person would change it before saving. */
	@SuppressWarnings("unchecked")
	static <T> T with(T form, String field, Object value) {
		Map<String, Object> fields = JSON.convertValue(form, Map.class);
		fields.put(field, value);
		return (T) JSON.convertValue(fields, form.getClass());
	}

	@SuppressWarnings("unchecked")
	private static void flatten(MockHttpServletRequestBuilder request, String prefix, Object value) {
		if (value instanceof Map<?, ?> map && !prefix.isEmpty() && !map.isEmpty()
				&& (map.values().stream().allMatch(List.class::isInstance) || map.values().stream().allMatch(Map.class::isInstance))) {
			// A map of lists or of rows (the organisations by role, the sentence for each part): its keys in
			// brackets, organisations[FUNDER], roleEvidence[FUNDER:enabel].evidenceEn.
			map.forEach((key, nested) -> flatten(request, prefix + "[" + key + "]", nested));
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, nested) -> flatten(request, prefix.isEmpty() ? key.toString() : prefix + "." + key, nested));
		}
		else if (value instanceof List<?> list) {
			if (!list.isEmpty() && (list.get(0) instanceof Map || list.get(0) instanceof List)) {
				for (int i = 0; i < list.size(); i++) {
					flatten(request, prefix + "[" + i + "]", list.get(i));
				}
			}
			else {
				((List<Object>) list).forEach(item -> flatten(request, prefix, item));
			}
		}
		else if (value instanceof java.math.BigDecimal number) {
			// As a person types it: 350, never 3.5E+2.
			request.param(prefix, number.toPlainString());
		}
		else if (value != null) {
			request.param(prefix, value.toString());
		}
	}

}
