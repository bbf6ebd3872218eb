package eu.smpcatalogue.editing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.editing.PartnershipForm.AlternativeNameRow;
import eu.smpcatalogue.editing.PartnershipForm.ElementRow;
import eu.smpcatalogue.editing.PartnershipForm.FigureRow;
import eu.smpcatalogue.editing.PartnershipForm.LinkRow;
import eu.smpcatalogue.editing.PartnershipForm.SourceRow;
import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.partnership.AlternativeName;
import eu.smpcatalogue.partnership.CatalogueLink;
import eu.smpcatalogue.partnership.Category;
import eu.smpcatalogue.partnership.Element;
import eu.smpcatalogue.partnership.ElementAssessment;
import eu.smpcatalogue.partnership.ElementStatus;
import eu.smpcatalogue.partnership.Figure;
import eu.smpcatalogue.partnership.Involvement;
import eu.smpcatalogue.partnership.Kind;
import eu.smpcatalogue.partnership.Organisation;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.PartnershipContent;
import eu.smpcatalogue.partnership.Period;
import eu.smpcatalogue.partnership.Region;
import eu.smpcatalogue.partnership.Sector;
import eu.smpcatalogue.partnership.SkillLevel;
import eu.smpcatalogue.partnership.Status;
import eu.smpcatalogue.source.SourceDocument;
import eu.smpcatalogue.source.SourceReference;

/**
 * From a partnership to the form that edits it, and back once the form is valid. Blank rows (the
 * spare ones a form offers) are dropped; text is kept as typed, trimmed.
 */
final class PartnershipMapping {

	/** Spare blank rows offered for adding to a many-valued field without scripts. */
	static final int SPARE_ROWS = 2;

	private PartnershipMapping() {
	}

	static PartnershipForm toForm(Partnership p) {
		PartnershipForm form = new PartnershipForm();
		form.setVersion(p.getVersion());
		form.setSlug(p.getSlug());
		form.setNameEn(en(p.getName()));
		form.setNameFr(fr(p.getName()));
		form.setAcronym(p.getAcronym());
		p.getAlternativeNames().forEach(alt -> {
			AlternativeNameRow row = new AlternativeNameRow();
			row.setName(alt.name());
			row.setLanguage(alt.language());
			form.getAlternativeNames().add(row);
		});
		form.setKind(p.getKind().name());
		form.setCategory(p.getCategory().name());
		form.setStatus(p.getStatus().name());
		form.setStatusNoteEn(en(p.getStatusNote()));
		form.setStatusNoteFr(fr(p.getStatusNote()));
		Period period = p.getPeriod();
		form.setStartYear(period.startYear());
		form.setStartMonth(period.startMonth());
		form.setEndYear(period.endYear());
		form.setEndMonth(period.endMonth());
		form.setPeriodNoteEn(en(period.note()));
		form.setPeriodNoteFr(fr(period.note()));
		form.setSummaryEn(en(p.getSummary()));
		form.setSummaryFr(fr(p.getSummary()));
		form.setDescriptionEn(en(p.getDescription()));
		form.setDescriptionFr(fr(p.getDescription()));
		form.setTargetGroupEn(en(p.getTargetGroup()));
		form.setTargetGroupFr(fr(p.getTargetGroup()));
		form.setSkillLevel(p.getSkillLevel().name());
		form.setRationaleEn(en(p.getRationale()));
		form.setRationaleFr(fr(p.getRationale()));
		form.setOperationEn(en(p.getOperation()));
		form.setOperationFr(fr(p.getOperation()));
		form.setOutcomesEn(en(p.getOutcomes()));
		form.setOutcomesFr(fr(p.getOutcomes()));
		form.setBudgetAmount(p.getBudgetAmount());
		form.setBudgetCurrency(p.getBudgetCurrency());
		form.setBudgetNoteEn(en(p.getBudgetNote()));
		form.setBudgetNoteFr(fr(p.getBudgetNote()));
		form.setDestinationCountries(codes(p.getDestinationCountries(), Country::getCode));
		form.setDestinationRegions(codes(p.getDestinationRegions(), Region::getSlug));
		form.setOriginCountries(codes(p.getOriginCountries(), Country::getCode));
		form.setOriginRegions(codes(p.getOriginRegions(), Region::getSlug));
		form.setSectors(codes(p.getSectors(), Sector::getSlug));
		p.getInvolvements()
			.stream()
			.sorted((a, b) -> (a.role() + a.organisation().getSlug()).compareTo(b.role() + b.organisation().getSlug()))
			.forEach(involvement -> form.involve(new PartnershipForm.OrganisationRow(involvement.organisation().getSlug(),
					involvement.role().name(), en(involvement.evidence()), fr(involvement.evidence()),
					involvement.source() == null ? null : involvement.source().getKey(), involvement.sourceLocator())));
		p.getElementPanel().forEach((element, assessment) -> {
			ElementRow row = new ElementRow();
			row.setElement(element.name());
			row.setStatus(assessment.status().name());
			row.setEvidenceEn(en(assessment.evidence()));
			row.setEvidenceFr(fr(assessment.evidence()));
			form.getElements().add(row);
		});
		p.getFigures().forEach(figure -> {
			FigureRow row = new FigureRow();
			row.setKind(figure.kind().name());
			row.setMeasure(figure.measure().name());
			row.setQualifier(figure.qualifier().name());
			row.setValueLow(figure.valueLow() == null ? null : figure.valueLow().stripTrailingZeros());
			row.setValueHigh(figure.valueHigh() == null ? null : figure.valueHigh().stripTrailingZeros());
			row.setUnit(figure.unit().name());
			row.setLabelEn(en(figure.label()));
			row.setLabelFr(fr(figure.label()));
			row.setSourceKey(figure.source().getKey());
			row.setSourceLocator(figure.sourceLocator());
			form.getFigures().add(row);
		});
		p.getSources().forEach(source -> {
			SourceRow row = new SourceRow();
			row.setSourceKey(source.document().getKey());
			row.setLocator(source.locator());
			form.getSources().add(row);
		});
		p.getCatalogueLinks()
			.stream()
			.sorted((a, b) -> a.url().compareTo(b.url()))
			.forEach(link -> {
				LinkRow row = new LinkRow();
				row.setCatalogue(link.catalogue().name());
				row.setUrl(link.url());
				form.getCatalogueLinks().add(row);
			});
		form.setReportingCountry(p.getReportingCountry() == null ? null : p.getReportingCountry().getCode());
		// The link as stored: an editor keeps it through a save even while the programme is retired.
		form.setPartOf(p.getPartOfEvenIfRetired() == null ? null : p.getPartOfEvenIfRetired().getSlug());
		form.setLastVerifiedOn(p.getLastVerifiedOn());
		return form;
	}

	/**
	 * A complete starting point: the five elements listed, each not documented yet, the inform cited (as the
	 * seeded entries do). The form people start from is {@link #newEntry}.
	 */
	static PartnershipForm blank() {
		PartnershipForm form = new PartnershipForm();
		form.setKind(Kind.PROGRAMME.name());
		form.setCategory(Category.NATIONAL_SMP.name());
		form.setStatus(Status.NOT_STATED.name());
		form.setSkillLevel(SkillLevel.NOT_STATED.name());
		for (Element element : Element.values()) {
			ElementRow row = new ElementRow();
			row.setElement(element.name());
			row.setStatus(ElementStatus.NOT_DOCUMENTED.name());
			form.getElements().add(row);
		}
		SourceRow inform = new SourceRow();
		inform.setSourceKey(SourceDocument.EMN_INFORM);
		form.getSources().add(inform);
		return form;
	}

	/**
	 * The form a person starts a new entry with: their own country reporting it (none for an administrator),
	 * and no document cited yet, so that nobody cites the inform by default for an entry it does not describe.
	 */
	static PartnershipForm newEntry(String reportingCountry) {
		PartnershipForm form = blank();
		form.getSources().clear();
		form.setReportingCountry(reportingCountry);
		return form;
	}

	/** Adds the spare blank rows a form shows after the filled ones. */
	static PartnershipForm withSpareRows(PartnershipForm form) {
		for (int i = 0; i < SPARE_ROWS; i++) {
			form.getAlternativeNames().add(new AlternativeNameRow());
			form.getFigures().add(new FigureRow());
			form.getSources().add(new SourceRow());
			form.getCatalogueLinks().add(new LinkRow());
		}
		return form;
	}

	/** Drops the rows the person left blank. */
	static void dropBlankRows(PartnershipForm form) {
		form.getAlternativeNames().removeIf(row -> blank(row.getName()) && blank(row.getLanguage()));
		// A role's list with nothing ticked comes as the checkboxes' marker alone: no list at all.
		form.getOrganisations().values().removeIf(Objects::isNull);
		form.getOrganisations().values().forEach(organisations -> organisations.removeIf(PartnershipMapping::blank));
		form.getFigures()
			.removeIf(row -> row.getValueLow() == null && row.getValueHigh() == null && blank(row.getLabelEn())
					&& blank(row.getLabelFr()) && blank(row.getSourceLocator()));
		form.getSources().removeIf(row -> blank(row.getSourceKey()) && blank(row.getLocator()));
		form.getCatalogueLinks().removeIf(row -> blank(row.getUrl()));
		form.getDestinationCountries().removeIf(PartnershipMapping::blank);
		form.getDestinationRegions().removeIf(PartnershipMapping::blank);
		form.getOriginCountries().removeIf(PartnershipMapping::blank);
		form.getOriginRegions().removeIf(PartnershipMapping::blank);
		form.getSectors().removeIf(PartnershipMapping::blank);
	}

	/** The catalogue's terms for a valid form; {@code terms} resolves every code the form names. */
	static PartnershipContent toContent(PartnershipForm form, Terms terms) {
		Map<Element, ElementAssessment> elements = new EnumMap<>(Element.class);
		form.getElements()
			.forEach(row -> elements.put(Element.valueOf(row.getElement()),
					new ElementAssessment(ElementStatus.valueOf(row.getStatus()), text(row.getEvidenceEn(), row.getEvidenceFr()))));
		List<Figure> figures = new ArrayList<>();
		form.getFigures()
			.forEach(row -> figures.add(new Figure(Figure.Kind.valueOf(row.getKind()), Figure.Measure.valueOf(row.getMeasure()),
					Figure.Qualifier.valueOf(row.getQualifier()), row.getValueLow(), row.getValueHigh(),
					Figure.Unit.valueOf(row.getUnit()), text(row.getLabelEn(), row.getLabelFr()),
					terms.sources().get(row.getSourceKey()), strip(row.getSourceLocator()))));
		return new PartnershipContent(text(form.getNameEn(), form.getNameFr()), strip(form.getAcronym()),
				form.getAlternativeNames()
					.stream()
					.map(row -> new AlternativeName(strip(row.getName()), strip(row.getLanguage())))
					.toList(),
				Kind.valueOf(form.getKind()), Category.valueOf(form.getCategory()), Status.valueOf(form.getStatus()),
				text(form.getStatusNoteEn(), form.getStatusNoteFr()),
				new Period(form.getStartYear(), form.getStartMonth(), form.getEndYear(), form.getEndMonth(),
						text(form.getPeriodNoteEn(), form.getPeriodNoteFr())),
				text(form.getSummaryEn(), form.getSummaryFr()), text(form.getDescriptionEn(), form.getDescriptionFr()),
				text(form.getTargetGroupEn(), form.getTargetGroupFr()), SkillLevel.valueOf(form.getSkillLevel()),
				text(form.getRationaleEn(), form.getRationaleFr()), text(form.getOperationEn(), form.getOperationFr()),
				text(form.getOutcomesEn(), form.getOutcomesFr()), form.getBudgetAmount(), strip(form.getBudgetCurrency()),
				text(form.getBudgetNoteEn(), form.getBudgetNoteFr()), resolve(form.getDestinationCountries(), terms.countries()),
				resolve(form.getDestinationRegions(), terms.regions()), resolve(form.getOriginCountries(), terms.countries()),
				resolve(form.getOriginRegions(), terms.regions()), resolve(form.getSectors(), terms.sectors()),
				form.organisationRows()
					.stream()
					.map(row -> new Involvement(terms.organisations().get(row.organisation()),
							Involvement.Role.valueOf(row.role()), text(row.evidenceEn(), row.evidenceFr()),
							blank(row.sourceKey()) ? null : terms.sources().get(row.sourceKey()),
							strip(row.sourceLocator())))
					.collect(Collectors.toCollection(LinkedHashSet::new)),
				elements, figures,
				form.getSources()
					.stream()
					.map(row -> new SourceReference(terms.sources().get(row.getSourceKey()), strip(row.getLocator())))
					.toList(),
				form.getCatalogueLinks()
					.stream()
					.map(row -> new CatalogueLink(CatalogueLink.Catalogue.valueOf(row.getCatalogue()), strip(row.getUrl())))
					.collect(Collectors.toCollection(LinkedHashSet::new)),
				blank(form.getReportingCountry()) ? null : terms.countries().get(form.getReportingCountry()),
				terms.partOf(), form.getLastVerifiedOn());
	}

	/** The codes and keys a form may name, each with what it stands for. */
	record Terms(Map<String, Country> countries, Map<String, Region> regions, Map<String, Sector> sectors,
			Map<String, Organisation> organisations, Map<String, SourceDocument> sources, Partnership partOf) {
	}

	private static <T> Set<T> resolve(List<String> codes, Map<String, T> terms) {
		return codes.stream().map(terms::get).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static <T> List<String> codes(Set<T> items, Function<T, String> code) {
		return items.stream().map(code).sorted().collect(Collectors.toCollection(ArrayList::new));
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String strip(String value) {
		return blank(value) ? null : value.strip();
	}

	private static LocalizedText text(String en, String fr) {
		return new LocalizedText(strip(en), strip(fr));
	}

	private static String en(LocalizedText text) {
		return text == null ? null : text.en();
	}

	private static String fr(LocalizedText text) {
		return text == null ? null : text.fr();
	}

	static String normaliseCode(String code) {
		return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
	}

}
