package eu.smpcatalogue.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A verification round: the countries whose contact points are asked to check their entries by a deadline,
 * and how far each has got. Its page is public once it is closed.
 */
public record Round(long id, String name, LocalDate deadline, Instant openedAt, String openedBy, Instant closedAt,
		List<CountryProgress> countries) {

	public boolean isOpen() {
		return closedAt == null;
	}

	public int done() {
		return countries.stream().mapToInt(CountryProgress::done).sum();
	}

	public int total() {
		return countries.stream().mapToInt(CountryProgress::total).sum();
	}

	/** One country's entries in the round: how many there are and how many were checked. */
	public record CountryProgress(String code, String nameEn, String nameFr, int done, int total) {

		public int percent() {
			return total == 0 ? 100 : Math.round(100f * done / total);
		}

	}

}
