package eu.smpcatalogue.partnership;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.smpcatalogue.partnership.Involvement.Role;
import eu.smpcatalogue.partnership.Organisation.Type;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations as readers find them: every organisation with the roles it plays in published partnerships,
 * narrowed by kind, country, role and words of its name; and one organisation with its partnerships by role.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

	private final OrganisationRepository organisations;

	private final Partnerships partnerships;

	private final JdbcClient jdbc;

	OrganisationDirectory(OrganisationRepository organisations, Partnerships partnerships, JdbcClient jdbc) {
		this.organisations = organisations;
		this.partnerships = partnerships;
		this.jdbc = jdbc;
	}

	/** An organisation in the list: its roles in published partnerships, and in how many it takes part. */
	public record Entry(Organisation organisation, Set<Role> roles, long partnerships) {
	}

	/** What a reader narrows the list to; each part may be absent. */
	public record Filter(Type kind, String country, Role role, String words) {

		public boolean isEmpty() {
			return kind == null && country == null && role == null && (words == null || words.isBlank());
		}

	}

	/** The organisations that match, by name in the reader's language. */
	public List<Entry> find(Filter filter, Locale locale) {
		Map<String, Set<Role>> roles = new HashMap<>();
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("""
				SELECT DISTINCT po.organisation_slug, po.role FROM partnership_organisation po
				JOIN partnership p ON p.id = po.partnership_id WHERE NOT p.retired""")
			.query((row, n) -> {
				roles.computeIfAbsent(row.getString(1), slug -> EnumSet.noneOf(Role.class)).add(Role.valueOf(row.getString(2)));
				return n;
			})
			.list();
		jdbc.sql("""
				SELECT po.organisation_slug, count(DISTINCT po.partnership_id) FROM partnership_organisation po
				JOIN partnership p ON p.id = po.partnership_id WHERE NOT p.retired GROUP BY po.organisation_slug""")
			.query((row, n) -> counts.put(row.getString(1), row.getLong(2)))
			.list();
		String words = folded(filter.words());
		return organisations.findAllByOrderBySlug()
			.stream()
			.filter(o -> filter.kind() == null || o.getType() == filter.kind())
			.filter(o -> filter.country() == null
					|| (o.getCountry() != null && o.getCountry().getCode().equals(filter.country())))
			.filter(o -> filter.role() == null || roles.getOrDefault(o.getSlug(), Set.of()).contains(filter.role()))
			.filter(o -> words.isEmpty() || matches(o, words))
			.map(o -> new Entry(o, roles.getOrDefault(o.getSlug(), EnumSet.noneOf(Role.class)), counts.getOrDefault(o.getSlug(), 0L)))
			.sorted(Comparator.comparing((Entry e) -> folded(e.organisation().getName().in(locale))))
			.toList();
	}

	/** One published partnership an organisation takes part in, and its part in it with the source's sentence. */
	public record Part(PartnershipSummary partnership, Involvement involvement) {
	}

	/** An organisation and the published partnerships it takes part in, by role in the roles' order. */
	public record Profile(Organisation organisation, Map<Role, List<Part>> byRole) {
	}

	public Optional<Profile> profile(String slug) {
		return organisations.findWithCountryBySlug(slug).map(organisation -> {
			Map<Role, List<Part>> byRole = new EnumMap<>(Role.class);
			for (Partnership partnership : partnerships.findPublished(partnerships.slugsInvolving(slug))) {
				PartnershipSummary summary = PartnershipSummary.of(partnership);
				partnership.getInvolvements()
					.stream()
					.filter(involvement -> involvement.organisation().getSlug().equals(slug))
					.forEach(involvement -> byRole.computeIfAbsent(involvement.role(), role -> new ArrayList<>())
						.add(new Part(summary, involvement)));
			}
			return new Profile(organisation, byRole);
		});
	}

	/** The countries organisations belong to, for the list's filter. */
	public List<eu.smpcatalogue.country.Country> countries() {
		return organisations.findAllByOrderBySlug()
			.stream()
			.map(Organisation::getCountry)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
	}

	private static boolean matches(Organisation organisation, String words) {
		String text = folded(String.join(" ", organisation.getName().en() == null ? "" : organisation.getName().en(),
				organisation.getName().fr() == null ? "" : organisation.getName().fr(),
				organisation.getAcronym() == null ? "" : organisation.getAcronym(), organisation.getSlug()));
		for (String word : words.split("\\s+")) {
			if (!text.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/** Lower case without accents, so that "Agence federale" finds "Agence fédérale". */
	private static String folded(String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
	}

}
