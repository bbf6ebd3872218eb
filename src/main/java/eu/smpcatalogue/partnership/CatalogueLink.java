package eu.smpcatalogue.partnership;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The same partnership in another public catalogue, so that entries can be matched across them. */
@Embeddable
public record CatalogueLink(@Enumerated(EnumType.STRING) Catalogue catalogue, String url) {

	public enum Catalogue {

		CGD_LEGAL_PATHWAYS, MPF_PROJECTS, GFMD_PRACTICES, UN_MIGRATION_NETWORK_HUB, IOM, IMPLEMENTER, OTHER

	}

}
