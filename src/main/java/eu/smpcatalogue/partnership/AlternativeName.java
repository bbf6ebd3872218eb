package eu.smpcatalogue.partnership;

import jakarta.persistence.Embeddable;

/** Another name a partnership goes by, often its title in the original language (a BCP 47 tag). */
@Embeddable
public record AlternativeName(String name, String language) {
}
