package eu.smpcatalogue.partnership;

import eu.smpcatalogue.i18n.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Whether a partnership has one of the five elements, and the source's evidence for it. */
@Embeddable
public record ElementAssessment(@Enumerated(EnumType.STRING) @Column(name = "status") ElementStatus status,
		@AttributeOverride(name = "en", column = @Column(name = "evidence_en"))
		@AttributeOverride(name = "fr", column = @Column(name = "evidence_fr")) LocalizedText evidence) {

	public static ElementAssessment notDocumented() {
		return new ElementAssessment(ElementStatus.NOT_DOCUMENTED, new LocalizedText(null, null));
	}

}
