package eu.smpcatalogue.citation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * References as CSL-JSON (the Citation Style Language's input: Zotero, Pandoc, citeproc): an array of
 * {@code webpage} items, the author as a literal name, dates as {@code date-parts}, the edition's date as
 * {@code original-date}.
 */
final class CslJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CslJson() {
	}

	static String write(List<Reference> references) {
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(references.stream().map(CslJson::item).toList());
	}

	private static Map<String, Object> item(Reference reference) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", reference.key());
		item.put("type", "webpage");
		item.put("title", reference.title());
		item.put("author", List.of(Map.of("literal", reference.author())));
		item.put("container-title", reference.publisher());
		item.put("publisher", reference.publisher());
		LocalDate modified = reference.modifiedOn();
		if (modified != null) {
			item.put("issued", dateParts(modified.getYear(), modified.getMonthValue(), modified.getDayOfMonth()));
		}
		item.put("original-date", dateParts(reference.editionYear(), reference.editionMonth()));
		if (reference.version() != null) {
			item.put("version", reference.version().toString());
		}
		item.put("URL", reference.url());
		if (reference.accessed() != null) {
			LocalDate accessed = reference.accessed();
			item.put("accessed", dateParts(accessed.getYear(), accessed.getMonthValue(), accessed.getDayOfMonth()));
		}
		item.put("language", reference.language());
		item.put("note", reference.note());
		return item;
	}

	private static Map<String, Object> dateParts(int... parts) {
		return Map.of("date-parts", List.of(java.util.Arrays.stream(parts).boxed().toList()));
	}

}
