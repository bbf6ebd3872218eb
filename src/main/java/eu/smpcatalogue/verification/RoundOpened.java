package eu.smpcatalogue.verification;

import java.time.LocalDate;
import java.util.List;

/**
 * A round was opened, or its deadline is three days away ({@code reminder}): the contact points of
 * {@code countries} (those with entries left, for a reminder) are to be told. Published in the transaction
 * that recorded it.
 */
public record RoundOpened(long id, String name, LocalDate deadline, List<String> countries, boolean reminder) {
}
