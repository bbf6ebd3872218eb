package eu.smpcatalogue.editing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.editing.PartnershipForm.SourceRow;
import eu.smpcatalogue.occupation.Recognitions;
import eu.smpcatalogue.partnership.Organisation;
import eu.smpcatalogue.partnership.Organisations;
import eu.smpcatalogue.partnership.Partnerships;
import eu.smpcatalogue.source.SourceDocument;
import eu.smpcatalogue.source.SourceDocuments;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Administrators merge two organisations or two source documents that are the same: every reference to the
 * one merged away moves to the one kept (a partnership's involvements, its sources, its figures' sources and
 * its roles' sources, a country's sources), a row that then says the same thing twice is kept once, and the one merged
 * away is removed. Each partnership rewritten gets a revision of its own ({@code MERGED}), all in one
 * transaction: either everything moves or nothing does.
 */
@Service
@Transactional
class ReferenceMerger {

	private final Organisations organisations;

	private final SourceDocuments sources;

	private final Partnerships partnerships;

	private final Countries countries;

	private final PartnershipEditor editor;

	private final Recognitions recognitions;

	ReferenceMerger(Organisations organisations, SourceDocuments sources, Partnerships partnerships, Countries countries,
			PartnershipEditor editor, Recognitions recognitions) {
		this.recognitions = recognitions;
		this.organisations = organisations;
		this.sources = sources;
		this.partnerships = partnerships;
		this.countries = countries;
		this.editor = editor;
	}

	/** What a merge would change, for the administrator to confirm. */
	record Preview(List<String> partnerships, List<String> countries) {
	}

	@Transactional(readOnly = true)
	public void validateOrganisations(MergeForm form, Errors errors) {
		validate(form, errors, slug -> organisations.find(slug).isPresent());
	}

	@Transactional(readOnly = true)
	public void validateSources(MergeForm form, Errors errors) {
		validate(form, errors, key -> sources.find(key).isPresent());
		// New partnerships cite the inform by default: it stays.
		if (SourceDocument.EMN_INFORM.equals(form.merged())) {
			errors.rejectValue("merged", "merge.source.inform");
		}
	}

	@Transactional(readOnly = true)
	public Preview previewOrganisations(MergeForm form) {
		return new Preview(partnerships.slugsInvolving(form.merged()), List.of());
	}

	@Transactional(readOnly = true)
	public Preview previewSources(MergeForm form) {
		return new Preview(partnerships.slugsCiting(form.merged()),
				countries.citing(form.merged()).stream().map(Country::getCode).toList());
	}

	/** Merges a valid form's organisations; answers how many partnerships were rewritten. */
	public int mergeOrganisations(MergeForm form, Editor administrator) {
		Organisation merged = organisations.find(form.merged()).orElseThrow(() -> new EntryNotFoundException(form.merged()));
		organisations.find(form.kept()).orElseThrow(() -> new EntryNotFoundException(form.kept()));
		List<String> rewritten = partnerships.slugsInvolving(merged.getSlug());
		rewritten.forEach(slug -> editor.rewrite(slug, administrator,
				partnership -> replaceOrganisation(partnership, form.merged(), form.kept())));
		// The body that recognises skills is coded apart from the form: it moves as it is.
		recognitions.moveBody(form.merged(), form.kept());
		organisations.remove(merged);
		return rewritten.size();
	}

	/** Merges a valid form's source documents; answers how many partnerships were rewritten. */
	public int mergeSources(MergeForm form, Editor administrator) {
		SourceDocument merged = sources.find(form.merged()).orElseThrow(() -> new EntryNotFoundException(form.merged()));
		SourceDocument kept = sources.find(form.kept()).orElseThrow(() -> new EntryNotFoundException(form.kept()));
		List<String> rewritten = partnerships.slugsCiting(merged.getKey());
		rewritten.forEach(slug -> editor.rewrite(slug, administrator,
				partnership -> replaceSource(partnership, form.merged(), form.kept())));
		// A country's sources are not part of its form, nor of its history's snapshots: they move as they are.
		for (Country country : countries.citing(merged.getKey())) {
			country.replaceSourceDocument(merged.getKey(), kept);
			countries.save(country);
		}
		sources.remove(merged);
		return rewritten.size();
	}

	/** The organisation kept instead of the one merged away, each (organisation, role) once. */
	static PartnershipForm replaceOrganisation(PartnershipForm form, String merged, String kept) {
		form.getOrganisations().replaceAll((role, organisations) -> organisations.stream()
			.map(organisation -> merged.equals(organisation) ? kept : organisation)
			.distinct()
			.collect(Collectors.toCollection(ArrayList::new)));
		// The sentences move with their parts; where the kept organisation already had the part, its own stays.
		Map<String, PartnershipForm.RoleEvidence> evidence = new LinkedHashMap<>();
		form.getRoleEvidence().forEach((key, sentence) -> {
			if (!key.endsWith(":" + merged)) {
				evidence.put(key, sentence);
			}
		});
		form.getRoleEvidence().forEach((key, sentence) -> {
			if (key.endsWith(":" + merged)) {
				evidence.putIfAbsent(PartnershipForm.roleKey(key.substring(0, key.indexOf(':')), kept), sentence);
			}
		});
		form.setRoleEvidence(evidence);
		return form;
	}

	/**
	 * The document kept instead of the one merged away, for sources, figures and the sentences supporting the
	 * organisations' roles; each (document, place) once among the sources.
	 */
	static PartnershipForm replaceSource(PartnershipForm form, String merged, String kept) {
		List<SourceRow> rows = new ArrayList<>();
		for (SourceRow row : form.getSources()) {
			if (merged.equals(row.getSourceKey())) {
				row.setSourceKey(kept);
			}
			if (rows.stream().noneMatch(earlier -> earlier.getSourceKey().equals(row.getSourceKey())
					&& Objects.equals(earlier.getLocator(), row.getLocator()))) {
				rows.add(row);
			}
		}
		form.setSources(rows);
		form.getFigures().stream().filter(figure -> merged.equals(figure.getSourceKey())).forEach(figure -> figure.setSourceKey(kept));
		form.getRoleEvidence().values().stream().filter(evidence -> merged.equals(evidence.getSourceKey()))
			.forEach(evidence -> evidence.setSourceKey(kept));
		return form;
	}

	private static void validate(MergeForm form, Errors errors, Predicate<String> exists) {
		boolean mergedKnown = form.merged() != null && exists.test(form.merged());
		boolean keptKnown = form.kept() != null && exists.test(form.kept());
		if (!mergedKnown) {
			errors.rejectValue("merged", "editing.value.invalid");
		}
		if (!keptKnown) {
			errors.rejectValue("kept", "editing.value.invalid");
		}
		if (mergedKnown && keptKnown && form.merged().equals(form.kept())) {
			errors.rejectValue("kept", "merge.same");
		}
	}

}
