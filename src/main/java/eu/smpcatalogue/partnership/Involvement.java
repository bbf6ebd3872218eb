package eu.smpcatalogue.partnership;

import eu.smpcatalogue.i18n.LocalizedText;
import eu.smpcatalogue.source.SourceDocument;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * An organisation's part in a partnership, with the source's sentence that supports it and where the source
 * says it.
 */
@Embeddable
public record Involvement(@ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "organisation_slug") Organisation organisation,
		@Enumerated(EnumType.STRING) Role role,
		@AttributeOverride(name = "en", column = @Column(name = "evidence_en"))
		@AttributeOverride(name = "fr", column = @Column(name = "evidence_fr")) LocalizedText evidence,
		@ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "source_key") SourceDocument source,
		@Column(name = "source_locator") String sourceLocator) {

	/** An involvement for which no sentence of a source is given. */
	public Involvement(Organisation organisation, Role role) {
		this(organisation, role, new LocalizedText(null, null), null, null);
	}

	public boolean hasEvidence() {
		return evidence != null && !evidence.isEmpty();
	}

	/**
	 * What an organisation does in a partnership, in the order a reader meets them: who commissioned it, who
	 * pays, who carries it out, who trains, who recognises skills, who places or recruits, who employs, and
	 * who takes part otherwise.
	 */
	public enum Role {

		COMMISSIONING_AUTHORITY, FUNDER, IMPLEMENTER, TRAINING_PROVIDER, RECOGNITION_BODY, PLACEMENT, EMPLOYER, PARTNER

	}

}
