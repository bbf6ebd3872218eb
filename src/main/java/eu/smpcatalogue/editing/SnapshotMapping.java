package eu.smpcatalogue.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.smpcatalogue.editing.PartnershipForm.AlternativeNameRow;
import eu.smpcatalogue.editing.PartnershipForm.ElementRow;
import eu.smpcatalogue.editing.PartnershipForm.FigureRow;
import eu.smpcatalogue.editing.PartnershipForm.LinkRow;
import eu.smpcatalogue.editing.PartnershipForm.SourceRow;
import eu.smpcatalogue.history.CountrySnapshot;
import eu.smpcatalogue.history.PartnershipSnapshot;

/**
 * From the edit forms to the history's snapshots and back, field by field. The history keeps its own
 * format: renaming or removing a form field changes this mapping, never what an old revision says.
 */
final class SnapshotMapping {

	private SnapshotMapping() {
	}

	static PartnershipSnapshot snapshot(PartnershipForm form) {
		return new PartnershipSnapshot(form.getSlug(), form.getNameEn(), form.getNameFr(), form.getAcronym(),
				map(form.getAlternativeNames(),
						row -> new PartnershipSnapshot.AlternativeNameRow(row.getName(), row.getLanguage())),
				form.getKind(), form.getCategory(), form.getStatus(), form.getStatusNoteEn(), form.getStatusNoteFr(),
				form.getStartYear(), form.getStartMonth(), form.getEndYear(), form.getEndMonth(), form.getPeriodNoteEn(),
				form.getPeriodNoteFr(), form.getSummaryEn(), form.getSummaryFr(), form.getDescriptionEn(),
				form.getDescriptionFr(), form.getTargetGroupEn(), form.getTargetGroupFr(), form.getSkillLevel(),
				form.getRationaleEn(), form.getRationaleFr(), form.getOperationEn(), form.getOperationFr(),
				form.getOutcomesEn(), form.getOutcomesFr(), form.getBudgetAmount(), form.getBudgetCurrency(),
				form.getBudgetNoteEn(), form.getBudgetNoteFr(), form.getDestinationCountries(),
				form.getDestinationRegions(), form.getOriginCountries(), form.getOriginRegions(), form.getSectors(),
				map(form.organisationRows(),
						row -> new PartnershipSnapshot.OrganisationRow(row.organisation(), row.role(), row.evidenceEn(),
								row.evidenceFr(), row.sourceKey(), row.sourceLocator())),
				map(form.getElements(),
						row -> new PartnershipSnapshot.ElementRow(row.getElement(), row.getStatus(), row.getEvidenceEn(),
								row.getEvidenceFr())),
				map(form.getFigures(),
						row -> new PartnershipSnapshot.FigureRow(row.getKind(), row.getMeasure(), row.getQualifier(),
								row.getValueLow(), row.getValueHigh(), row.getUnit(), row.getLabelEn(), row.getLabelFr(),
								row.getSourceKey(), row.getSourceLocator())),
				map(form.getSources(), row -> new PartnershipSnapshot.SourceRow(row.getSourceKey(), row.getLocator())),
				map(form.getCatalogueLinks(), row -> new PartnershipSnapshot.LinkRow(row.getCatalogue(), row.getUrl())),
				form.getReportingCountry(), form.getPartOf(), form.getLastVerifiedOn(), List.of());
	}

	/** The form that brings a revision back; it has no version (the entry's current one applies). */
	static PartnershipForm form(PartnershipSnapshot snapshot) {
		PartnershipForm form = new PartnershipForm();
		form.setSlug(snapshot.slug());
		form.setNameEn(snapshot.nameEn());
		form.setNameFr(snapshot.nameFr());
		form.setAcronym(snapshot.acronym());
		form.setAlternativeNames(map(snapshot.alternativeNames(), row -> {
			AlternativeNameRow name = new AlternativeNameRow();
			name.setName(row.name());
			name.setLanguage(row.language());
			return name;
		}));
		form.setKind(snapshot.kind());
		form.setCategory(snapshot.category());
		form.setStatus(snapshot.status());
		form.setStatusNoteEn(snapshot.statusNoteEn());
		form.setStatusNoteFr(snapshot.statusNoteFr());
		form.setStartYear(snapshot.startYear());
		form.setStartMonth(snapshot.startMonth());
		form.setEndYear(snapshot.endYear());
		form.setEndMonth(snapshot.endMonth());
		form.setPeriodNoteEn(snapshot.periodNoteEn());
		form.setPeriodNoteFr(snapshot.periodNoteFr());
		form.setSummaryEn(snapshot.summaryEn());
		form.setSummaryFr(snapshot.summaryFr());
		form.setDescriptionEn(snapshot.descriptionEn());
		form.setDescriptionFr(snapshot.descriptionFr());
		form.setTargetGroupEn(snapshot.targetGroupEn());
		form.setTargetGroupFr(snapshot.targetGroupFr());
		form.setSkillLevel(snapshot.skillLevel());
		form.setRationaleEn(snapshot.rationaleEn());
		form.setRationaleFr(snapshot.rationaleFr());
		form.setOperationEn(snapshot.operationEn());
		form.setOperationFr(snapshot.operationFr());
		form.setOutcomesEn(snapshot.outcomesEn());
		form.setOutcomesFr(snapshot.outcomesFr());
		form.setBudgetAmount(snapshot.budgetAmount());
		form.setBudgetCurrency(snapshot.budgetCurrency());
		form.setBudgetNoteEn(snapshot.budgetNoteEn());
		form.setBudgetNoteFr(snapshot.budgetNoteFr());
		form.setDestinationCountries(new ArrayList<>(snapshot.destinationCountries()));
		form.setDestinationRegions(new ArrayList<>(snapshot.destinationRegions()));
		form.setOriginCountries(new ArrayList<>(snapshot.originCountries()));
		form.setOriginRegions(new ArrayList<>(snapshot.originRegions()));
		form.setSectors(new ArrayList<>(snapshot.sectors()));
		snapshot.organisations()
			.forEach(row -> form.involve(new PartnershipForm.OrganisationRow(row.organisation(), row.role(), row.evidenceEn(),
					row.evidenceFr(), row.sourceKey(), row.sourceLocator())));
		form.setElements(map(snapshot.elements(), row -> {
			ElementRow element = new ElementRow();
			element.setElement(row.element());
			element.setStatus(row.status());
			element.setEvidenceEn(row.evidenceEn());
			element.setEvidenceFr(row.evidenceFr());
			return element;
		}));
		form.setFigures(map(snapshot.figures(), row -> {
			FigureRow figure = new FigureRow();
			figure.setKind(row.kind());
			figure.setMeasure(row.measure());
			figure.setQualifier(row.qualifier());
			figure.setValueLow(row.valueLow());
			figure.setValueHigh(row.valueHigh());
			figure.setUnit(row.unit());
			figure.setLabelEn(row.labelEn());
			figure.setLabelFr(row.labelFr());
			figure.setSourceKey(row.sourceKey());
			figure.setSourceLocator(row.sourceLocator());
			return figure;
		}));
		form.setSources(map(snapshot.sources(), row -> {
			SourceRow source = new SourceRow();
			source.setSourceKey(row.sourceKey());
			source.setLocator(row.locator());
			return source;
		}));
		form.setCatalogueLinks(map(snapshot.catalogueLinks(), row -> {
			LinkRow link = new LinkRow();
			link.setCatalogue(row.catalogue());
			link.setUrl(row.url());
			return link;
		}));
		form.setReportingCountry(snapshot.reportingCountry());
		form.setPartOf(snapshot.partOf());
		form.setLastVerifiedOn(snapshot.lastVerifiedOn());
		return form;
	}

	/**
	 * A country's answer as it will be stored: text trimmed, and SMPs reported only by a country that
	 * answered (what {@link CountryEditor} saves of the same form).
	 */
	static CountrySnapshot snapshot(CountryForm form) {
		String responded = form.responded() == null ? "" : form.responded();
		return new CountrySnapshot(responded, form.reportedSmps() && "YES".equals(responded), form.publicDebate(),
				form.relatedInitiatives(), strip(form.narrativeEn()), strip(form.narrativeFr()), strip(form.contactPointUrl()),
				strip(form.contactPointUrlLikely()));
	}

	static CountryForm form(CountrySnapshot snapshot) {
		return new CountryForm(null, snapshot.responded(), snapshot.reportedSmps(), snapshot.publicDebate(),
				snapshot.relatedInitiatives(), snapshot.narrativeEn(), snapshot.narrativeFr(), snapshot.contactPointUrl(),
				snapshot.contactPointUrlLikely(), null);
	}

	private static <A, B> List<B> map(List<A> rows, Function<A, B> mapping) {
		return rows.stream().map(mapping).collect(Collectors.toCollection(ArrayList::new));
	}

	private static String strip(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
