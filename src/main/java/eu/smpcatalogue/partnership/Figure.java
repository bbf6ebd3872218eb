package eu.smpcatalogue.partnership;

import eu.smpcatalogue.i18n.LocalizedText;
import java.math.BigDecimal;

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
 * A number the source gives about a partnership, with its meaning kept: what is counted, whether it
 * was planned or reached, how exact it is, and where the source says it.
 */
@Embeddable
public record Figure(@Enumerated(EnumType.STRING) Kind kind, @Enumerated(EnumType.STRING) Measure measure,
		@Enumerated(EnumType.STRING) Qualifier qualifier, @Column(name = "value_low") BigDecimal valueLow,
		@Column(name = "value_high") BigDecimal valueHigh, @Enumerated(EnumType.STRING) Unit unit,
		@AttributeOverride(name = "en", column = @Column(name = "label_en"))
		@AttributeOverride(name = "fr", column = @Column(name = "label_fr")) LocalizedText label,
		@ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "source_key") SourceDocument source,
		@Column(name = "source_locator") String sourceLocator) {

	public enum Kind {

		PARTICIPANTS, TRAINED, MOVED, QUOTA, AGE, DURATION, SHARE, BUDGET, PARTNER_COUNT, AGREEMENT_COUNT, OTHER

	}

	/** Planned and reached figures are never mixed up. */
	public enum Measure {

		PLANNED, REACHED, LIMIT, TYPICAL

	}

	public enum Qualifier {

		EXACT, ABOUT, MORE_THAN, LESS_THAN, UP_TO, AT_LEAST, RANGE

	}

	public enum Unit {

		PEOPLE, PEOPLE_PER_YEAR, YEARS, MONTHS, PERCENT, COUNTRIES, AGREEMENTS, EUR

	}

	public boolean isRange() {
		return valueHigh != null;
	}

}
