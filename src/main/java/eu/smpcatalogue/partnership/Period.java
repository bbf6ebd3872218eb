package eu.smpcatalogue.partnership;

import eu.smpcatalogue.i18n.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * When a partnership runs, known to the year or to the month, with open ends allowed and a free note
 * for what the source says in words ("since 2017", "a 32-month project").
 */
@Embeddable
public record Period(@Column(name = "start_year") Integer startYear, @Column(name = "start_month") Integer startMonth,
		@Column(name = "end_year") Integer endYear, @Column(name = "end_month") Integer endMonth,
		@AttributeOverride(name = "en", column = @Column(name = "period_note_en"))
		@AttributeOverride(name = "fr", column = @Column(name = "period_note_fr")) LocalizedText note) {

	public static final Period UNKNOWN = new Period(null, null, null, null, new LocalizedText(null, null));

	public boolean hasStart() {
		return startYear != null;
	}

	public boolean hasEnd() {
		return endYear != null;
	}

	public boolean isKnown() {
		return hasStart() || hasEnd() || (note != null && !note.isEmpty());
	}

}
