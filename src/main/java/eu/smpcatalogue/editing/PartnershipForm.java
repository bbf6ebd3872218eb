package eu.smpcatalogue.editing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.smpcatalogue.history.History;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Everything an editor can change about a partnership, as the form sends it: plain values, codes and
 * rows, never entities. The same shape is what the history keeps of each revision.
 */
public class PartnershipForm {

	/** The longest note (status, budget), in characters; the schema has the same limits (V12). */
	static final int NOTE_LENGTH = 2_000;

	/** The longest summary, target group or evidence for an element. */
	static final int SHORT_TEXT_LENGTH = 5_000;

	/** The longest description, rationale, operation, outcomes (and a country's narrative). */
	static final int LONG_TEXT_LENGTH = 20_000;

	/** A BCP 47 language tag fits in 35 characters (RFC 5646, 4.4.1). */
	static final int LANGUAGE_TAG_LENGTH = 35;

	/** Dates an editor gives lie in the same span as the years of a period. */
	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2100;

	private Long version;

	@Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?", message = "{editing.slug.invalid}")
	@Size(max = 120)
	private String slug;

	@Size(max = 300)
	private String nameEn;

	@Size(max = 300)
	private String nameFr;

	@Size(max = 40)
	private String acronym;

	@Valid
	private List<AlternativeNameRow> alternativeNames = new ArrayList<>();

	@NotBlank
	private String kind;

	@NotBlank
	private String category;

	@NotBlank
	private String status;

	@Size(max = NOTE_LENGTH)
	private String statusNoteEn;

	@Size(max = NOTE_LENGTH)
	private String statusNoteFr;

	@Min(FIRST_YEAR)
	@Max(LAST_YEAR)
	private Integer startYear;

	@Min(1)
	@Max(12)
	private Integer startMonth;

	@Min(FIRST_YEAR)
	@Max(LAST_YEAR)
	private Integer endYear;

	@Min(1)
	@Max(12)
	private Integer endMonth;

	@Size(max = 300)
	private String periodNoteEn;

	@Size(max = 300)
	private String periodNoteFr;

	@Size(max = SHORT_TEXT_LENGTH)
	private String summaryEn;

	@Size(max = SHORT_TEXT_LENGTH)
	private String summaryFr;

	@Size(max = LONG_TEXT_LENGTH)
	private String descriptionEn;

	@Size(max = LONG_TEXT_LENGTH)
	private String descriptionFr;

	@Size(max = SHORT_TEXT_LENGTH)
	private String targetGroupEn;

	@Size(max = SHORT_TEXT_LENGTH)
	private String targetGroupFr;

	@NotBlank
	private String skillLevel;

	@Size(max = LONG_TEXT_LENGTH)
	private String rationaleEn;

	@Size(max = LONG_TEXT_LENGTH)
	private String rationaleFr;

	@Size(max = LONG_TEXT_LENGTH)
	private String operationEn;

	@Size(max = LONG_TEXT_LENGTH)
	private String operationFr;

	@Size(max = LONG_TEXT_LENGTH)
	private String outcomesEn;

	@Size(max = LONG_TEXT_LENGTH)
	private String outcomesFr;

	@PositiveOrZero
	@Digits(integer = 13, fraction = 2)
	private BigDecimal budgetAmount;

	@Pattern(regexp = "([A-Z]{3})?", message = "{editing.currency.invalid}")
	private String budgetCurrency;

	@Size(max = NOTE_LENGTH)
	private String budgetNoteEn;

	@Size(max = NOTE_LENGTH)
	private String budgetNoteFr;

	private List<String> destinationCountries = new ArrayList<>();

	private List<String> destinationRegions = new ArrayList<>();

	private List<String> originCountries = new ArrayList<>();

	private List<String> originRegions = new ArrayList<>();

	private List<String> sectors = new ArrayList<>();

	/**
	 * The organisations by their part: a role's name (Involvement.Role) and the organisations' keys, a list of
	 * checkboxes for each role.
	 */
	private Map<String, List<String>> organisations = new LinkedHashMap<>();

	/** The source's sentence for each chosen organisation's part, by {@link #roleKey(String, String)}. */
	@Valid
	private Map<String, RoleEvidence> roleEvidence = new LinkedHashMap<>();

	@Valid
	private List<ElementRow> elements = new ArrayList<>();

	@Valid
	private List<FigureRow> figures = new ArrayList<>();

	@Valid
	private List<SourceRow> sources = new ArrayList<>();

	@Valid
	private List<LinkRow> catalogueLinks = new ArrayList<>();

	private String reportingCountry;

	private String partOf;

	/** Read and shown as the person's language writes dates (TypedValues), ISO accepted too. */
	private LocalDate lastVerifiedOn;

	/** Why the editor made this change, kept with the revision; not part of the entry. */
	@Size(max = History.REASON_LENGTH)
	private String reason;

	/** Another name, with the language it is in. */
	public static class AlternativeNameRow {

		@Size(max = 300)
		private String name;

		@Pattern(regexp = "([a-z]{2,3}(-[A-Za-z0-9]{2,8})*)?", message = "{editing.language.invalid}")
		@Size(max = LANGUAGE_TAG_LENGTH)
		private String language;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getLanguage() {
			return language;
		}

		public void setLanguage(String language) {
			this.language = language;
		}

	}

	/**
	 * An organisation and its part, as the entry and its history list them, with the source's sentence that
	 * supports the part and where the source says it.
	 */
	public record OrganisationRow(String organisation, String role, String evidenceEn, String evidenceFr,
			String sourceKey, String sourceLocator) {
	}

	/** One of the five elements, its status and the evidence. */
	public static class ElementRow {

		private String element;

		private String status;

		@Size(max = SHORT_TEXT_LENGTH)
		private String evidenceEn;

		@Size(max = SHORT_TEXT_LENGTH)
		private String evidenceFr;

		public String getElement() {
			return element;
		}

		public void setElement(String element) {
			this.element = element;
		}

		public String getStatus() {
			return status;
		}

		public void setStatus(String status) {
			this.status = status;
		}

		public String getEvidenceEn() {
			return evidenceEn;
		}

		public void setEvidenceEn(String evidenceEn) {
			this.evidenceEn = evidenceEn;
		}

		public String getEvidenceFr() {
			return evidenceFr;
		}

		public void setEvidenceFr(String evidenceFr) {
			this.evidenceFr = evidenceFr;
		}

	}

	/** A figure with its meaning. */
	public static class FigureRow {

		private String kind;

		private String measure;

		private String qualifier;

		@Digits(integer = 13, fraction = 2)
		private BigDecimal valueLow;

		@Digits(integer = 13, fraction = 2)
		private BigDecimal valueHigh;

		private String unit;

		@Size(max = 500)
		private String labelEn;

		@Size(max = 500)
		private String labelFr;

		private String sourceKey;

		@Size(max = 200)
		private String sourceLocator;

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getMeasure() {
			return measure;
		}

		public void setMeasure(String measure) {
			this.measure = measure;
		}

		public String getQualifier() {
			return qualifier;
		}

		public void setQualifier(String qualifier) {
			this.qualifier = qualifier;
		}

		public BigDecimal getValueLow() {
			return valueLow;
		}

		public void setValueLow(BigDecimal valueLow) {
			this.valueLow = valueLow;
		}

		public BigDecimal getValueHigh() {
			return valueHigh;
		}

		public void setValueHigh(BigDecimal valueHigh) {
			this.valueHigh = valueHigh;
		}

		public String getUnit() {
			return unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public String getLabelEn() {
			return labelEn;
		}

		public void setLabelEn(String labelEn) {
			this.labelEn = labelEn;
		}

		public String getLabelFr() {
			return labelFr;
		}

		public void setLabelFr(String labelFr) {
			this.labelFr = labelFr;
		}

		public String getSourceKey() {
			return sourceKey;
		}

		public void setSourceKey(String sourceKey) {
			this.sourceKey = sourceKey;
		}

		public String getSourceLocator() {
			return sourceLocator;
		}

		public void setSourceLocator(String sourceLocator) {
			this.sourceLocator = sourceLocator;
		}

	}

	/** A cited document and the place in it. */
	public static class SourceRow {

		private String sourceKey;

		@Size(max = 200)
		private String locator;

		public String getSourceKey() {
			return sourceKey;
		}

		public void setSourceKey(String sourceKey) {
			this.sourceKey = sourceKey;
		}

		public String getLocator() {
			return locator;
		}

		public void setLocator(String locator) {
			this.locator = locator;
		}

	}

	/** The same partnership in another catalogue. */
	public static class LinkRow {

		private String catalogue;

		@Size(max = 1000)
		private String url;

		public String getCatalogue() {
			return catalogue;
		}

		public void setCatalogue(String catalogue) {
			this.catalogue = catalogue;
		}

		public String getUrl() {
			return url;
		}

		public void setUrl(String url) {
			this.url = url;
		}

	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getNameFr() {
		return nameFr;
	}

	public void setNameFr(String nameFr) {
		this.nameFr = nameFr;
	}

	public String getAcronym() {
		return acronym;
	}

	public void setAcronym(String acronym) {
		this.acronym = acronym;
	}

	public List<AlternativeNameRow> getAlternativeNames() {
		return alternativeNames;
	}

	public void setAlternativeNames(List<AlternativeNameRow> alternativeNames) {
		this.alternativeNames = alternativeNames;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getStatusNoteEn() {
		return statusNoteEn;
	}

	public void setStatusNoteEn(String statusNoteEn) {
		this.statusNoteEn = statusNoteEn;
	}

	public String getStatusNoteFr() {
		return statusNoteFr;
	}

	public void setStatusNoteFr(String statusNoteFr) {
		this.statusNoteFr = statusNoteFr;
	}

	public Integer getStartYear() {
		return startYear;
	}

	public void setStartYear(Integer startYear) {
		this.startYear = startYear;
	}

	public Integer getStartMonth() {
		return startMonth;
	}

	public void setStartMonth(Integer startMonth) {
		this.startMonth = startMonth;
	}

	public Integer getEndYear() {
		return endYear;
	}

	public void setEndYear(Integer endYear) {
		this.endYear = endYear;
	}

	public Integer getEndMonth() {
		return endMonth;
	}

	public void setEndMonth(Integer endMonth) {
		this.endMonth = endMonth;
	}

	public String getPeriodNoteEn() {
		return periodNoteEn;
	}

	public void setPeriodNoteEn(String periodNoteEn) {
		this.periodNoteEn = periodNoteEn;
	}

	public String getPeriodNoteFr() {
		return periodNoteFr;
	}

	public void setPeriodNoteFr(String periodNoteFr) {
		this.periodNoteFr = periodNoteFr;
	}

	public String getSummaryEn() {
		return summaryEn;
	}

	public void setSummaryEn(String summaryEn) {
		this.summaryEn = summaryEn;
	}

	public String getSummaryFr() {
		return summaryFr;
	}

	public void setSummaryFr(String summaryFr) {
		this.summaryFr = summaryFr;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getDescriptionFr() {
		return descriptionFr;
	}

	public void setDescriptionFr(String descriptionFr) {
		this.descriptionFr = descriptionFr;
	}

	public String getTargetGroupEn() {
		return targetGroupEn;
	}

	public void setTargetGroupEn(String targetGroupEn) {
		this.targetGroupEn = targetGroupEn;
	}

	public String getTargetGroupFr() {
		return targetGroupFr;
	}

	public void setTargetGroupFr(String targetGroupFr) {
		this.targetGroupFr = targetGroupFr;
	}

	public String getSkillLevel() {
		return skillLevel;
	}

	public void setSkillLevel(String skillLevel) {
		this.skillLevel = skillLevel;
	}

	public String getRationaleEn() {
		return rationaleEn;
	}

	public void setRationaleEn(String rationaleEn) {
		this.rationaleEn = rationaleEn;
	}

	public String getRationaleFr() {
		return rationaleFr;
	}

	public void setRationaleFr(String rationaleFr) {
		this.rationaleFr = rationaleFr;
	}

	public String getOperationEn() {
		return operationEn;
	}

	public void setOperationEn(String operationEn) {
		this.operationEn = operationEn;
	}

	public String getOperationFr() {
		return operationFr;
	}

	public void setOperationFr(String operationFr) {
		this.operationFr = operationFr;
	}

	public String getOutcomesEn() {
		return outcomesEn;
	}

	public void setOutcomesEn(String outcomesEn) {
		this.outcomesEn = outcomesEn;
	}

	public String getOutcomesFr() {
		return outcomesFr;
	}

	public void setOutcomesFr(String outcomesFr) {
		this.outcomesFr = outcomesFr;
	}

	public BigDecimal getBudgetAmount() {
		return budgetAmount;
	}

	public void setBudgetAmount(BigDecimal budgetAmount) {
		this.budgetAmount = budgetAmount;
	}

	public String getBudgetCurrency() {
		return budgetCurrency;
	}

	public void setBudgetCurrency(String budgetCurrency) {
		this.budgetCurrency = budgetCurrency;
	}

	public String getBudgetNoteEn() {
		return budgetNoteEn;
	}

	public void setBudgetNoteEn(String budgetNoteEn) {
		this.budgetNoteEn = budgetNoteEn;
	}

	public String getBudgetNoteFr() {
		return budgetNoteFr;
	}

	public void setBudgetNoteFr(String budgetNoteFr) {
		this.budgetNoteFr = budgetNoteFr;
	}

	public List<String> getDestinationCountries() {
		return destinationCountries;
	}

	public void setDestinationCountries(List<String> destinationCountries) {
		this.destinationCountries = destinationCountries;
	}

	public List<String> getDestinationRegions() {
		return destinationRegions;
	}

	public void setDestinationRegions(List<String> destinationRegions) {
		this.destinationRegions = destinationRegions;
	}

	public List<String> getOriginCountries() {
		return originCountries;
	}

	public void setOriginCountries(List<String> originCountries) {
		this.originCountries = originCountries;
	}

	public List<String> getOriginRegions() {
		return originRegions;
	}

	public void setOriginRegions(List<String> originRegions) {
		this.originRegions = originRegions;
	}

	public List<String> getSectors() {
		return sectors;
	}

	public void setSectors(List<String> sectors) {
		this.sectors = sectors;
	}

	public Map<String, List<String>> getOrganisations() {
		return organisations;
	}

	public void setOrganisations(Map<String, List<String>> organisations) {
		this.organisations = organisations;
	}

	/**
	 * The organisations as rows, in one order whatever the order they were ticked or sent in (by role, then by
	 * key), so that the same organisations make the same entry and the same snapshot.
	 */
	public List<OrganisationRow> organisationRows() {
		return organisations.entrySet()
			.stream()
			.flatMap(role -> role.getValue().stream().map(organisation -> row(organisation, role.getKey())))
			.sorted(Comparator.comparing(row -> row.role() + row.organisation()))
			.toList();
	}

	private OrganisationRow row(String organisation, String role) {
		RoleEvidence evidence = roleEvidence.getOrDefault(roleKey(role, organisation), new RoleEvidence());
		return new OrganisationRow(organisation, role, evidence.getEvidenceEn(), evidence.getEvidenceFr(),
				evidence.getSourceKey(), evidence.getSourceLocator());
	}

	/** Chooses an organisation for a part, with the source's sentence for it. */
	void involve(OrganisationRow row) {
		organisations.computeIfAbsent(row.role(), role -> new ArrayList<>()).add(row.organisation());
		RoleEvidence evidence = new RoleEvidence();
		evidence.setEvidenceEn(row.evidenceEn());
		evidence.setEvidenceFr(row.evidenceFr());
		evidence.setSourceKey(row.sourceKey());
		evidence.setSourceLocator(row.sourceLocator());
		roleEvidence.put(roleKey(row.role(), row.organisation()), evidence);
	}

	/** The key of an organisation's part in {@code roleEvidence}: the role's name and the organisation's key. */
	public static String roleKey(String role, String organisation) {
		return role + ":" + organisation;
	}

	public Map<String, RoleEvidence> getRoleEvidence() {
		return roleEvidence;
	}

	public void setRoleEvidence(Map<String, RoleEvidence> roleEvidence) {
		this.roleEvidence = roleEvidence;
	}

	/** The source's sentence that supports an organisation's part, and where the source says it. */
	public static class RoleEvidence {

		@Size(max = SHORT_TEXT_LENGTH)
		private String evidenceEn;

		@Size(max = SHORT_TEXT_LENGTH)
		private String evidenceFr;

		private String sourceKey;

		@Size(max = 200)
		private String sourceLocator;

		public String getEvidenceEn() {
			return evidenceEn;
		}

		public void setEvidenceEn(String evidenceEn) {
			this.evidenceEn = evidenceEn;
		}

		public String getEvidenceFr() {
			return evidenceFr;
		}

		public void setEvidenceFr(String evidenceFr) {
			this.evidenceFr = evidenceFr;
		}

		public String getSourceKey() {
			return sourceKey;
		}

		public void setSourceKey(String sourceKey) {
			this.sourceKey = sourceKey;
		}

		public String getSourceLocator() {
			return sourceLocator;
		}

		public void setSourceLocator(String sourceLocator) {
			this.sourceLocator = sourceLocator;
		}

	}

	public List<ElementRow> getElements() {
		return elements;
	}

	public void setElements(List<ElementRow> elements) {
		this.elements = elements;
	}

	public List<FigureRow> getFigures() {
		return figures;
	}

	public void setFigures(List<FigureRow> figures) {
		this.figures = figures;
	}

	public List<SourceRow> getSources() {
		return sources;
	}

	public void setSources(List<SourceRow> sources) {
		this.sources = sources;
	}

	public List<LinkRow> getCatalogueLinks() {
		return catalogueLinks;
	}

	public void setCatalogueLinks(List<LinkRow> catalogueLinks) {
		this.catalogueLinks = catalogueLinks;
	}

	public String getReportingCountry() {
		return reportingCountry;
	}

	public void setReportingCountry(String reportingCountry) {
		this.reportingCountry = reportingCountry;
	}

	public String getPartOf() {
		return partOf;
	}

	public void setPartOf(String partOf) {
		this.partOf = partOf;
	}

	public LocalDate getLastVerifiedOn() {
		return lastVerifiedOn;
	}

	public void setLastVerifiedOn(LocalDate lastVerifiedOn) {
		this.lastVerifiedOn = lastVerifiedOn;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
