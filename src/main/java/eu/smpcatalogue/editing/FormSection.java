package eu.smpcatalogue.editing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * The partnership form in eight parts, each with an address of its own so that an editor can change one part
 * and save it alone: the fields listed here are the only ones such a save binds; every other field keeps what
 * is stored. A name ending in * stands for a list of rows and all their fields (or, for the organisations, the
 * lists of all roles).
 */
enum FormSection {

	IDENTITY("identity", "slug", "nameEn", "nameFr", "acronym", "alternativeNames*", "kind", "category", "status",
			"statusNoteEn", "statusNoteFr", "summaryEn", "summaryFr", "descriptionEn", "descriptionFr", "rationaleEn",
			"rationaleFr", "outcomesEn", "outcomesFr"),
	COUNTRIES("countries", "destinationCountries", "destinationRegions", "originCountries", "originRegions",
			"reportingCountry", "startYear", "startMonth", "endYear", "endMonth", "periodNoteEn", "periodNoteFr"),
	PEOPLE("people", "sectors", "skillLevel", "targetGroupEn", "targetGroupFr"),
	ACTORS("actors", "organisations*", "roleEvidence*", "operationEn", "operationFr", "budgetAmount", "budgetCurrency", "budgetNoteEn",
			"budgetNoteFr"),
	ELEMENTS("elements", "elements*"),
	FIGURES("figures", "figures*"),
	SOURCES("sources", "sources*", "lastVerifiedOn"),
	LINKS("links", "catalogueLinks*", "partOf");

	private final String id;

	private final List<String> fields;

	FormSection(String id, String... fields) {
		this.id = id;
		this.fields = List.of(fields);
	}

	/** The section's id in the page and in its address. */
	public String id() {
		return id;
	}

	static Optional<FormSection> of(String id) {
		return Arrays.stream(values()).filter(section -> section.id.equals(id)).findFirst();
	}

	/** The request parameters a save of this section may set (patterns as the data binder reads them). */
	String[] allowedFields() {
		// Every save, a section's too, may say why it was made.
		return java.util.stream.Stream.concat(java.util.stream.Stream.of("version", "reason"), fields.stream()).toArray(String[]::new);
	}

	/**
	 * Empties this section's fields, so that what the section's page sends is all they hold (a list the person
	 * emptied, an unticked box, a cleared text), while the other sections keep what is stored.
	 */
	void clear(PartnershipForm form) {
		BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(form);
		for (String field : fields) {
			String name = field.endsWith("*") ? field.substring(0, field.length() - 1) : field;
			Class<?> type = bean.getPropertyType(name);
			bean.setPropertyValue(name, List.class.isAssignableFrom(type) ? new java.util.ArrayList<>()
					: java.util.Map.class.isAssignableFrom(type) ? new java.util.LinkedHashMap<>() : null);
		}
	}

}
