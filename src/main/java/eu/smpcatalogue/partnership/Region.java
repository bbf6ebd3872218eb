package eu.smpcatalogue.partnership;

import eu.smpcatalogue.i18n.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * An origin (or, for the EU, a destination) that is not a single country: a continent, a subregion,
 * an open group ("certain Gulf States") or countries the source does not name.
 */
@Entity
public class Region {

	@Id
	private String slug;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@AttributeOverride(name = "en", column = @Column(name = "name_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "name_fr"))
	private LocalizedText name;

	protected Region() {
	}

	public enum Kind {

		CONTINENT, SUBREGION, GROUP, UNION, UNSPECIFIED

	}

	public String getSlug() {
		return slug;
	}

	public Kind getKind() {
		return kind;
	}

	public LocalizedText getName() {
		return name;
	}

}
