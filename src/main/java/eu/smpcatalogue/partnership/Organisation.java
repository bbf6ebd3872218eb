package eu.smpcatalogue.partnership;

import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.country.Country;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A funder, implementer or partner of partnerships. */
@Entity
public class Organisation {

	@Id
	private String slug;

	private String acronym;

	@AttributeOverride(name = "en", column = @Column(name = "name_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "name_fr"))
	private LocalizedText name;

	@Enumerated(EnumType.STRING)
	private Type type;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_code")
	private Country country;

	private String website;

	protected Organisation() {
	}

	/** A new organisation, as an editor describes it; its slug is chosen by the caller and then stays. */
	public static Organisation create(String slug, LocalizedText name, String acronym, Type type, Country country,
			String website) {
		Organisation organisation = new Organisation();
		organisation.slug = slug;
		organisation.name = name;
		organisation.acronym = acronym;
		organisation.type = type;
		organisation.country = country;
		organisation.website = website;
		return organisation;
	}

	/**
	 * The kinds of actors a skills mobility partnership brings together, in the order an editor chooses
	 * from. The seed's codes are kept as the API publishes them: {@code NATIONAL_AUTHORITY} stands for any
	 * public authority.
	 */
	public enum Type {

		NATIONAL_AUTHORITY, PUBLIC_EMPLOYMENT_SERVICE, DEVELOPMENT_AGENCY, TRAINING_PROVIDER, UNIVERSITY, RECOGNITION_BODY,
		EMPLOYER, SOCIAL_PARTNER, INTERNATIONAL_ORGANISATION, NGO, EU_BODY, PRIVATE, OTHER

	}

	public String getSlug() {
		return slug;
	}

	public String getAcronym() {
		return acronym;
	}

	public LocalizedText getName() {
		return name;
	}

	public Type getType() {
		return type;
	}

	public Country getCountry() {
		return country;
	}

	public String getWebsite() {
		return website;
	}

}
