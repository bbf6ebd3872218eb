package eu.smpcatalogue.partnership;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** An organisation's part in a partnership: it funds it, implements it, or takes part as a partner. */
@Embeddable
public record Involvement(@ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "organisation_slug") Organisation organisation,
		@Enumerated(EnumType.STRING) Role role) {

	public enum Role {

		FUNDER, IMPLEMENTER, PARTNER

	}

}
