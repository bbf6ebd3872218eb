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

	protected Organisation() {
	}

	public enum Type {

		EU_BODY, NATIONAL_AUTHORITY, DEVELOPMENT_AGENCY, INTERNATIONAL_ORGANISATION, UNIVERSITY, PRIVATE, OTHER

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

}
