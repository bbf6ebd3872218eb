package eu.smpcatalogue.employer;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import eu.smpcatalogue.catalogue.Selections;
import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.country.CountryCode;
import eu.smpcatalogue.employer.EmployerEntry.Contact;
import eu.smpcatalogue.employer.EmployerEntry.Named;
import eu.smpcatalogue.employer.EmployerEntry.Said;
import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.occupation.CodedFacts;
import eu.smpcatalogue.occupation.Coding;
import eu.smpcatalogue.occupation.Recognition;
import eu.smpcatalogue.partnership.Element;
import eu.smpcatalogue.partnership.ElementAssessment;
import eu.smpcatalogue.partnership.ElementStatus;
import eu.smpcatalogue.partnership.Figure;
import eu.smpcatalogue.partnership.Involvement;
import eu.smpcatalogue.partnership.Involvement.Role;
import eu.smpcatalogue.partnership.Organisation;
import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.Partnerships;
import eu.smpcatalogue.partnership.Status;
import eu.smpcatalogue.partnership.Vocabularies;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The employers' one-stop view: "I need people in … (an occupation or a sector) in … (my country)". The
 * selection is the catalogue's own (same filters, same order), so the page, its brief and the downloads agree.
 */
@Service
@Transactional(readOnly = true)
class Employers {

	/** Entries shown in full; the rest are a link to the catalogue away. */
	static final int SHOWN = 50;

	/** The organisations whose website an employer may write to: those that carry it out, train or recruit. */
	private static final Set<Role> CONTACT_ROLES = Set.of(Role.IMPLEMENTER, Role.TRAINING_PROVIDER, Role.PLACEMENT);

	/** Stakeholders' evidence that speaks of employers or companies, in either language. */
	private static final Pattern ABOUT_EMPLOYERS = Pattern.compile("(?i)employer|employeur|entrepri|compan|business|secteur privé|private sector");

	private final Selections selections;

	private final Partnerships partnerships;

	private final CodedFacts codedFacts;

	private final Vocabularies vocabularies;

	private final NamedParameterJdbcTemplate jdbc;

	Employers(Selections selections, Partnerships partnerships, CodedFacts codedFacts, Vocabularies vocabularies,
			NamedParameterJdbcTemplate jdbc) {
		this.selections = selections;
		this.partnerships = partnerships;
		this.codedFacts = codedFacts;
		this.vocabularies = vocabularies;
		this.jdbc = jdbc;
	}

	EmployerView view(String needValue, String countryValue, Locale locale) {
		Need need = Need.parse(needValue).orElse(null);
		String country = countryValue == null || countryValue.isBlank() ? null
				: CountryCode.parse(countryValue.strip()).orElse(countryValue.strip());
		List<EmployerView.CountryChoice> countries = destinations(locale);
		if (need == null && country == null) {
			return new EmployerView(codedFacts.groupsInUse(), vocabularies.sectors(), countries, null, null, "",
					List.of(), List.of(), List.of(), 0, false);
		}
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		if (country != null) {
			parameters.add("destination", country);
		}
		if (need != null) {
			parameters.add(need.facet(), need.value());
		}
		// Unknown countries, groups and sectors are refused by the catalogue's own rules (a 400 that says which).
		Selections.Selection selection = selections.all(parameters, locale);
		List<Partnership> found = partnerships.findPublished(selection.slugs().stream().limit(SHOWN).toList());
		Map<Long, Coding> codings = codedFacts.of(found.stream().map(Partnership::getId).toList());
		List<EmployerEntry> ongoing = new ArrayList<>();
		List<EmployerEntry> completed = new ArrayList<>();
		List<EmployerEntry> others = new ArrayList<>();
		for (Partnership partnership : found) {
			EmployerEntry entry = entry(partnership, CodedFacts.orNone(codings, partnership.getId()));
			(partnership.getStatus() == Status.ONGOING ? ongoing
					: partnership.getStatus() == Status.COMPLETED ? completed : others).add(entry);
		}
		return new EmployerView(codedFacts.groupsInUse(), vocabularies.sectors(), countries, need, country,
				selection.query(), ongoing, completed, others, selection.total(), selection.total() > SHOWN);
	}

	private static EmployerEntry entry(Partnership p, Coding coding) {
		List<Named> trainers = new ArrayList<>();
		List<Named> recruiters = new ArrayList<>();
		List<Named> recognisers = new ArrayList<>();
		List<Said> employers = new ArrayList<>();
		Map<String, Contact> contacts = new LinkedHashMap<>();
		for (Involvement involvement : p.getInvolvements()) {
			Organisation organisation = involvement.organisation();
			Named named = new Named(organisation.getSlug(), organisation.getName(),
					involvement.hasEvidence() ? involvement.evidence() : null);
			switch (involvement.role()) {
				case TRAINING_PROVIDER, IMPLEMENTER -> add(trainers, named);
				case PLACEMENT -> add(recruiters, named);
				case RECOGNITION_BODY -> add(recognisers, named);
				case EMPLOYER -> employers.add(new Said(organisation.getName(), named.sentence()));
				default -> {
				}
			}
			if (CONTACT_ROLES.contains(involvement.role()) && organisation.getWebsite() != null) {
				contacts.putIfAbsent(organisation.getWebsite(),
						new Contact(Contact.Kind.IMPLEMENTER, organisation.getName(), organisation.getWebsite()));
			}
		}
		Recognition recognition = coding.recognition();
		if (recognition.body().isStated()) {
			add(recognisers, new Named(recognition.body().value().slug(), recognition.body().value().name(),
					recognition.body().sentence()));
		}
		for (Country destination : p.getDestinationCountries()) {
			String url = destination.getEmnAnswer() == null ? null : destination.getEmnAnswer().contactPointUrl();
			if (url != null) {
				contacts.putIfAbsent(url, new Contact(Contact.Kind.EMN_CONTACT_POINT, destination.getName(), url));
			}
		}
		List<Figure> figures = p.getFigures().stream()
			.filter(f -> f.measure() == Figure.Measure.REACHED || f.measure() == Figure.Measure.PLANNED)
			.toList();
		ElementAssessment stakeholders = p.getElementPanel().get(Element.STAKEHOLDERS);
		LocalizedText employersEvidence = employers.isEmpty() && documented(stakeholders)
				&& ABOUT_EMPLOYERS.matcher(text(stakeholders.evidence())).find() ? stakeholders.evidence() : null;
		ElementAssessment training = p.getElementPanel().get(Element.TRAINING);
		List<LocalizedText> destinations = new ArrayList<>();
		p.getDestinationCountries().forEach(c -> destinations.add(c.getName()));
		p.getDestinationRegions().forEach(r -> destinations.add(r.getName()));
		List<LocalizedText> origins = new ArrayList<>();
		p.getOriginCountries().forEach(c -> origins.add(c.getName()));
		p.getOriginRegions().forEach(r -> origins.add(r.getName()));
		return new EmployerEntry(p, coding, destinations, origins, trainers, recruiters, documented(training) ? training.evidence() : null, recognisers,
				figures, employers, employersEvidence, List.copyOf(contacts.values()));
	}

	/** Once per organisation: the first role's sentence is kept (an implementer that also trains). */
	private static void add(List<Named> named, Named organisation) {
		if (named.stream().noneMatch(n -> n.slug().equals(organisation.slug()))) {
			named.add(organisation);
		}
	}

	private static boolean documented(ElementAssessment assessment) {
		return assessment != null && (assessment.status() == ElementStatus.PRESENT || assessment.status() == ElementStatus.PARTLY)
				&& assessment.evidence() != null && !assessment.evidence().isEmpty();
	}

	private static String text(LocalizedText text) {
		return (text.en() == null ? "" : text.en()) + " " + (text.fr() == null ? "" : text.fr());
	}

	/** The countries some published partnership goes to: the destinations an employer can choose. */
	private List<EmployerView.CountryChoice> destinations(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return jdbc.query("""
				SELECT DISTINCT c.code, c.name_en, c.name_fr FROM partnership_destination_country d
				JOIN partnership p ON p.id = d.partnership_id AND NOT p.retired
				JOIN country c ON c.code = d.country_code ORDER BY c.code""", Map.of(),
				(row, n) -> new EmployerView.CountryChoice(row.getString("code"),
						new LocalizedText(row.getString("name_en"), row.getString("name_fr"))))
			.stream()
			.sorted(Comparator.comparing((EmployerView.CountryChoice choice) -> choice.name().in(locale), collator))
			.toList();
	}

}
