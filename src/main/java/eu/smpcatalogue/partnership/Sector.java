package eu.smpcatalogue.partnership;

import eu.smpcatalogue.i18n.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Sector {

	@Id
	private String slug;

	@AttributeOverride(name = "en", column = @Column(name = "name_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "name_fr"))
	private LocalizedText name;

	protected Sector() {
	}

	public String getSlug() {
		return slug;
	}

	public LocalizedText getName() {
		return name;
	}

}
