package eu.smpcatalogue.history;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** What makes two snapshots of the same state equal, however their values were read or typed. */
final class Normalised {

	private Normalised() {
	}

	/** Blank text is no text: {@code ""} and {@code null} are the same "nothing". */
	static String text(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	/** 350, 350.0 and 350.00 are one number, written plainly (never 3.5E+2). */
	static BigDecimal number(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** An absent list is an empty one; an absent row is no row. */
	static <T> List<T> rows(List<T> rows) {
		return rows == null ? List.of() : rows.stream().filter(Objects::nonNull).toList();
	}

}
