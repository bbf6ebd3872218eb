package eu.smpcatalogue.partnership;

import eu.smpcatalogue.source.SourceReference;
import eu.smpcatalogue.i18n.LocalizedText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.partnership.Involvement.Role;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.ListIndexBase;

/**
 * A skills mobility partnership, or a close cousin of one: destinations and origins that cooperate on
 * training, recognition of skills and mobility. Retired partnerships are kept but hidden.
 */
@Entity
public class Partnership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The stable part of the partnership's URL. */
	private String slug;

	@AttributeOverride(name = "en", column = @Column(name = "name_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "name_fr"))
	private LocalizedText name;

	private String acronym;

	@ElementCollection
	@CollectionTable(name = "partnership_alternative_name", joinColumns = @JoinColumn(name = "partnership_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<AlternativeName> alternativeNames = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	private Category category;

	@Enumerated(EnumType.STRING)
	private Status status;

	@AttributeOverride(name = "en", column = @Column(name = "status_note_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "status_note_fr"))
	private LocalizedText statusNote;

	@Embedded
	private Period period;

	@AttributeOverride(name = "en", column = @Column(name = "summary_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "summary_fr"))
	private LocalizedText summary;

	@AttributeOverride(name = "en", column = @Column(name = "description_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "description_fr"))
	private LocalizedText description;

	@AttributeOverride(name = "en", column = @Column(name = "target_group_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "target_group_fr"))
	private LocalizedText targetGroup;

	@Enumerated(EnumType.STRING)
	@Column(name = "skill_level")
	private SkillLevel skillLevel;

	/** Why it started. */
	@AttributeOverride(name = "en", column = @Column(name = "rationale_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "rationale_fr"))
	private LocalizedText rationale;

	/** How it works. */
	@AttributeOverride(name = "en", column = @Column(name = "operation_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "operation_fr"))
	private LocalizedText operation;

	/** What it achieved: outcomes and evaluations. */
	@AttributeOverride(name = "en", column = @Column(name = "outcomes_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "outcomes_fr"))
	private LocalizedText outcomes;

	@Column(name = "budget_amount")
	private BigDecimal budgetAmount;

	@Column(name = "budget_currency")
	private String budgetCurrency;

	@AttributeOverride(name = "en", column = @Column(name = "budget_note_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "budget_note_fr"))
	private LocalizedText budgetNote;

	@ManyToMany
	@JoinTable(name = "partnership_destination_country", joinColumns = @JoinColumn(name = "partnership_id"),
			inverseJoinColumns = @JoinColumn(name = "country_code"))
	@OrderBy("code")
	private Set<Country> destinationCountries = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "partnership_destination_region", joinColumns = @JoinColumn(name = "partnership_id"),
			inverseJoinColumns = @JoinColumn(name = "region_slug"))
	private Set<Region> destinationRegions = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "partnership_origin_country", joinColumns = @JoinColumn(name = "partnership_id"),
			inverseJoinColumns = @JoinColumn(name = "country_code"))
	@OrderBy("code")
	private Set<Country> originCountries = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "partnership_origin_region", joinColumns = @JoinColumn(name = "partnership_id"),
			inverseJoinColumns = @JoinColumn(name = "region_slug"))
	private Set<Region> originRegions = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "partnership_sector", joinColumns = @JoinColumn(name = "partnership_id"),
			inverseJoinColumns = @JoinColumn(name = "sector_slug"))
	private Set<Sector> sectors = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "partnership_organisation", joinColumns = @JoinColumn(name = "partnership_id"))
	private Set<Involvement> involvements = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "partnership_element", joinColumns = @JoinColumn(name = "partnership_id"))
	@MapKeyEnumerated(EnumType.STRING)
	@MapKeyColumn(name = "element")
	private Map<Element, ElementAssessment> elements = new EnumMap<>(Element.class);

	@ElementCollection
	@CollectionTable(name = "partnership_figure", joinColumns = @JoinColumn(name = "partnership_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<Figure> figures = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "partnership_source", joinColumns = @JoinColumn(name = "partnership_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<SourceReference> sources = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "partnership_catalogue_link", joinColumns = @JoinColumn(name = "partnership_id"))
	private Set<CatalogueLink> catalogueLinks = new LinkedHashSet<>();

	/** The country whose EMN contact point answers for this entry. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "reporting_country")
	private Country reportingCountry;

	/** The wider programme this is one destination's part of (THAMM in Belgium, in Germany). */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "part_of_id")
	private Partnership partOf;

	@OneToMany(mappedBy = "partOf")
	@OrderBy("slug")
	private Set<Partnership> parts = new LinkedHashSet<>();

	@Column(name = "last_verified_on")
	private LocalDate lastVerifiedOn;

	private boolean retired;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Partnership() {
	}

	public static Partnership create(String slug, PartnershipContent content, Instant now) {
		Partnership partnership = new Partnership();
		partnership.slug = slug;
		partnership.createdAt = now;
		partnership.revise(content, now);
		return partnership;
	}

	/** Replaces what the partnership says with an editor's version of it. */
	public void revise(PartnershipContent content, Instant now) {
		this.name = content.name();
		this.acronym = content.acronym();
		replace(this.alternativeNames, content.alternativeNames());
		this.kind = content.kind();
		this.category = content.category();
		this.status = content.status();
		this.statusNote = content.statusNote();
		this.period = content.period();
		this.summary = content.summary();
		this.description = content.description();
		this.targetGroup = content.targetGroup();
		this.skillLevel = content.skillLevel();
		this.rationale = content.rationale();
		this.operation = content.operation();
		this.outcomes = content.outcomes();
		this.budgetAmount = content.budgetAmount();
		this.budgetCurrency = content.budgetCurrency();
		this.budgetNote = content.budgetNote();
		replace(this.destinationCountries, content.destinationCountries());
		replace(this.destinationRegions, content.destinationRegions());
		replace(this.originCountries, content.originCountries());
		replace(this.originRegions, content.originRegions());
		replace(this.sectors, content.sectors());
		replace(this.involvements, content.involvements());
		this.elements.clear();
		this.elements.putAll(content.elements());
		replace(this.figures, content.figures());
		replace(this.sources, content.sources());
		replace(this.catalogueLinks, content.catalogueLinks());
		this.reportingCountry = content.reportingCountry();
		this.partOf = content.partOf();
		this.lastVerifiedOn = content.lastVerifiedOn();
		this.updatedAt = now;
	}

	/** Hidden from the public catalogue, kept with its history; an administrator can restore it. */
	public void retire(Instant now) {
		this.retired = true;
		this.updatedAt = now;
	}

	public void restore(Instant now) {
		this.retired = false;
		this.updatedAt = now;
	}

	public void changeSlug(String newSlug) {
		this.slug = newSlug;
	}

	private static <T> void replace(Collection<T> current, Collection<T> replacement) {
		current.clear();
		current.addAll(replacement);
	}

	/** The assessment of each of the five elements, in order; one the source is silent on is "not documented". */
	public Map<Element, ElementAssessment> getElementPanel() {
		Map<Element, ElementAssessment> panel = new EnumMap<>(Element.class);
		for (Element element : Element.values()) {
			panel.put(element, elements.getOrDefault(element, ElementAssessment.notDocumented()));
		}
		return panel;
	}

	public long countElements(ElementStatus status) {
		return getElementPanel().values().stream().filter(assessment -> assessment.status() == status).count();
	}

	/**
	 * The organisations by their role, in the roles' order, each role's organisations by name: funders and
	 * implementers always (a reader looks for them, and learns when the source names none), the other roles
	 * where the source names someone.
	 */
	public Map<Role, List<Involvement>> getInvolvementsByRole() {
		Map<Role, List<Involvement>> byRole = new EnumMap<>(Role.class);
		byRole.put(Role.FUNDER, new ArrayList<>());
		byRole.put(Role.IMPLEMENTER, new ArrayList<>());
		involvements.stream()
			.sorted(java.util.Comparator.comparing(involvement -> involvement.organisation().getSlug()))
			.forEach(involvement -> byRole.computeIfAbsent(involvement.role(), role -> new ArrayList<>()).add(involvement));
		return byRole;
	}

	public List<Organisation> organisationsIn(Role role) {
		return involvements.stream()
			.filter(involvement -> involvement.role() == role)
			.map(Involvement::organisation)
			.toList();
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public LocalizedText getName() {
		return name;
	}

	public String getAcronym() {
		return acronym;
	}

	public List<AlternativeName> getAlternativeNames() {
		return alternativeNames;
	}

	public Kind getKind() {
		return kind;
	}

	public Category getCategory() {
		return category;
	}

	public Status getStatus() {
		return status;
	}

	public LocalizedText getStatusNote() {
		return statusNote;
	}

	/** Never null: a period the source is silent on is an empty one. */
	public Period getPeriod() {
		return period != null ? period : Period.UNKNOWN;
	}

	public LocalizedText getSummary() {
		return summary;
	}

	public LocalizedText getDescription() {
		return description;
	}

	public LocalizedText getTargetGroup() {
		return targetGroup;
	}

	public SkillLevel getSkillLevel() {
		return skillLevel;
	}

	public LocalizedText getRationale() {
		return rationale;
	}

	public LocalizedText getOperation() {
		return operation;
	}

	public LocalizedText getOutcomes() {
		return outcomes;
	}

	public BigDecimal getBudgetAmount() {
		return budgetAmount;
	}

	public String getBudgetCurrency() {
		return budgetCurrency;
	}

	public LocalizedText getBudgetNote() {
		return budgetNote;
	}

	public Set<Country> getDestinationCountries() {
		return destinationCountries;
	}

	public Set<Region> getDestinationRegions() {
		return destinationRegions;
	}

	public Set<Country> getOriginCountries() {
		return originCountries;
	}

	public Set<Region> getOriginRegions() {
		return originRegions;
	}

	public Set<Sector> getSectors() {
		return sectors;
	}

	public Set<Involvement> getInvolvements() {
		return involvements;
	}

	public List<Figure> getFigures() {
		return figures;
	}

	public List<SourceReference> getSources() {
		return sources;
	}

	public Set<CatalogueLink> getCatalogueLinks() {
		return catalogueLinks;
	}

	public Country getReportingCountry() {
		return reportingCountry;
	}

	/**
	 * The programme this entry is part of, as readers may see it: none while that programme is retired
	 * (every public page, export and API answer reads this). Editors see the stored link through
	 * {@link #getPartOfEvenIfRetired()}.
	 */
	public Partnership getPartOf() {
		return partOf == null || partOf.isRetired() ? null : partOf;
	}

	/** The programme as stored, retired or not: for the edit form and the history, never for readers. */
	public Partnership getPartOfEvenIfRetired() {
		return partOf;
	}

	/** The parts of this programme that readers may see, by slug: a retired part is left out. */
	public List<Partnership> getParts() {
		return parts.stream().filter(part -> !part.isRetired()).toList();
	}

	/**
	 * An entry was linked to this programme or unlinked from it (or retired or restored while linked): its
	 * public list of parts changed, which makes a new version of the programme.
	 */
	public void partsChanged(Instant now) {
		this.updatedAt = now;
	}

	public LocalDate getLastVerifiedOn() {
		return lastVerifiedOn;
	}

	public boolean isRetired() {
		return retired;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

}
