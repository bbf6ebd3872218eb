package eu.smpcatalogue.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A partnership as a revision keeps it (format 1): plain values and the catalogue's codes and keys
 * (country codes, region, sector and organisation slugs, source keys, vocabulary constants), never
 * entities, so that an old revision still reads when a term is renamed. Blank text is {@code null},
 * absent lists are empty and numbers carry no trailing zeros, so that two snapshots of the same state
 * are equal.
 */
public record PartnershipSnapshot(String slug, String nameEn, String nameFr, String acronym,
		List<AlternativeNameRow> alternativeNames, String kind, String category, String status, String statusNoteEn,
		String statusNoteFr, Integer startYear, Integer startMonth, Integer endYear, Integer endMonth, String periodNoteEn,
		String periodNoteFr, String summaryEn, String summaryFr, String descriptionEn, String descriptionFr,
		String targetGroupEn, String targetGroupFr, String skillLevel, String rationaleEn, String rationaleFr,
		String operationEn, String operationFr, String outcomesEn, String outcomesFr, BigDecimal budgetAmount,
		String budgetCurrency, String budgetNoteEn, String budgetNoteFr, List<String> destinationCountries,
		List<String> destinationRegions, List<String> originCountries, List<String> originRegions, List<String> sectors,
		List<OrganisationRow> organisations, List<ElementRow> elements, List<FigureRow> figures, List<SourceRow> sources,
		List<LinkRow> catalogueLinks, String reportingCountry, String partOf, LocalDate lastVerifiedOn, List<String> parts)
		implements Snapshot {

	public PartnershipSnapshot {
		slug = Normalised.text(slug);
		nameEn = Normalised.text(nameEn);
		nameFr = Normalised.text(nameFr);
		acronym = Normalised.text(acronym);
		alternativeNames = Normalised.rows(alternativeNames);
		statusNoteEn = Normalised.text(statusNoteEn);
		statusNoteFr = Normalised.text(statusNoteFr);
		periodNoteEn = Normalised.text(periodNoteEn);
		periodNoteFr = Normalised.text(periodNoteFr);
		summaryEn = Normalised.text(summaryEn);
		summaryFr = Normalised.text(summaryFr);
		descriptionEn = Normalised.text(descriptionEn);
		descriptionFr = Normalised.text(descriptionFr);
		targetGroupEn = Normalised.text(targetGroupEn);
		targetGroupFr = Normalised.text(targetGroupFr);
		rationaleEn = Normalised.text(rationaleEn);
		rationaleFr = Normalised.text(rationaleFr);
		operationEn = Normalised.text(operationEn);
		operationFr = Normalised.text(operationFr);
		outcomesEn = Normalised.text(outcomesEn);
		outcomesFr = Normalised.text(outcomesFr);
		budgetAmount = Normalised.number(budgetAmount);
		budgetCurrency = Normalised.text(budgetCurrency);
		budgetNoteEn = Normalised.text(budgetNoteEn);
		budgetNoteFr = Normalised.text(budgetNoteFr);
		destinationCountries = Normalised.rows(destinationCountries);
		destinationRegions = Normalised.rows(destinationRegions);
		originCountries = Normalised.rows(originCountries);
		originRegions = Normalised.rows(originRegions);
		sectors = Normalised.rows(sectors);
		organisations = Normalised.rows(organisations);
		elements = Normalised.rows(elements);
		figures = Normalised.rows(figures);
		sources = Normalised.rows(sources);
		catalogueLinks = Normalised.rows(catalogueLinks);
		reportingCountry = Normalised.text(reportingCountry);
		partOf = Normalised.text(partOf);
		parts = Normalised.rows(parts);
	}

	/**
	 * The same state with the programme's parts as readers see them: other entries' links to this one,
	 * which no form of its own changes.
	 */
	public PartnershipSnapshot withParts(List<String> publishedParts) {
		return new PartnershipSnapshot(slug, nameEn, nameFr, acronym, alternativeNames, kind, category, status,
				statusNoteEn, statusNoteFr, startYear, startMonth, endYear, endMonth, periodNoteEn, periodNoteFr, summaryEn,
				summaryFr, descriptionEn, descriptionFr, targetGroupEn, targetGroupFr, skillLevel, rationaleEn, rationaleFr,
				operationEn, operationFr, outcomesEn, outcomesFr, budgetAmount, budgetCurrency, budgetNoteEn, budgetNoteFr,
				destinationCountries, destinationRegions, originCountries, originRegions, sectors, organisations, elements,
				figures, sources, catalogueLinks, reportingCountry, partOf, lastVerifiedOn, publishedParts);
	}

	/** Another name, with the language code it is in. */
	public record AlternativeNameRow(String name, String language) {

		public AlternativeNameRow {
			name = Normalised.text(name);
			language = Normalised.text(language);
		}

	}

	/**
	 * An organisation's slug, its role (a constant's name: {@code FUNDER}, {@code IMPLEMENTER}...), the source's
	 * sentence that supports the role and where the source says it. Revisions written before roles carried a
	 * sentence read with none.
	 */
	public record OrganisationRow(String organisation, String role, String evidenceEn, String evidenceFr,
			String sourceKey, String sourceLocator) {

		public OrganisationRow {
			evidenceEn = Normalised.text(evidenceEn);
			evidenceFr = Normalised.text(evidenceFr);
			sourceKey = Normalised.text(sourceKey);
			sourceLocator = Normalised.text(sourceLocator);
		}

		public OrganisationRow(String organisation, String role) {
			this(organisation, role, null, null, null, null);
		}

	}

	/** One of the five elements, its status and the evidence, by their constants' names. */
	public record ElementRow(String element, String status, String evidenceEn, String evidenceFr) {

		public ElementRow {
			evidenceEn = Normalised.text(evidenceEn);
			evidenceFr = Normalised.text(evidenceFr);
		}

	}

	/** A figure with its meaning, by the constants' names, and the key of its source. */
	public record FigureRow(String kind, String measure, String qualifier, BigDecimal valueLow, BigDecimal valueHigh,
			String unit, String labelEn, String labelFr, String sourceKey, String sourceLocator) {

		public FigureRow {
			valueLow = Normalised.number(valueLow);
			valueHigh = Normalised.number(valueHigh);
			labelEn = Normalised.text(labelEn);
			labelFr = Normalised.text(labelFr);
			sourceLocator = Normalised.text(sourceLocator);
		}

	}

	/** A cited document's key and the place in it. */
	public record SourceRow(String sourceKey, String locator) {

		public SourceRow {
			locator = Normalised.text(locator);
		}

	}

	/** The same partnership in another catalogue: which one, and the address. */
	public record LinkRow(String catalogue, String url) {
	}

}
