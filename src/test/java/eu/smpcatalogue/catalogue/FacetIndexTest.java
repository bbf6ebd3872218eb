package eu.smpcatalogue.catalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import eu.smpcatalogue.CatalogueTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.request.RequestContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facet counts on bitmaps ({@link FacetIndex}), and the statistics and corridors counted on them, are
 * exactly those of the catalogue's SQL, for hundreds
 * of random selections (one to three facets, several values of one, search words, years) over 10,000
 * generated partnerships (the benchmark's generator, src/scripts/generate-data.sql), and again after edits,
 * when the index is brought forward from the previous version's.
 */
@CatalogueTest
class FacetIndexTest {

	static final int SELECTIONS = 200;

	static final List<String> WORDS = List.of("nurses", "ICT", "agriculture", "formation", "employers", "qualifications",
			"seasonal OR nurses", "\"language courses\"", "-nurses", "infirmiers");

	@Autowired
	CatalogueSearch search;

	@Autowired
	FacetIndexes facetIndexes;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void removeGeneratedEntries() {
		jdbc.sql("DELETE FROM partnership WHERE slug LIKE 'synthetic-%'").update();
		jdbc.sql("DELETE FROM organisation WHERE slug LIKE 'synthetic-org-%'").update();
	}

	@Test
	void theBitmapsCountExactlyAsTheSqlForHundredsOfSelections() throws Exception {
		generate(10_000);
		assertThat(countedAlike(SELECTIONS, new Random(42))).as("selections with results").isGreaterThan(SELECTIONS / 3);
	}

	/**
	 * After edits of every kind the index reads (the entry's own columns, each facet's relation, retiring and
	 * deleting entries), the next version's index is the previous one with only the edited entries read again,
	 * and counts exactly as the SQL; a change to what the region facet joins makes it read everything.
	 */
	@Test
	void anEditedCatalogueIsIndexedAgainFromItsEditedEntriesOnly() throws Exception {
		generate(2_000);
		// The test framework's mock request would keep the first version read, as a real request does.
		RequestContextHolder.resetRequestAttributes();
		assertThat(facetIndexes.at(version()).reread()).as("after a bulk write, read in full").isEqualTo(-1);
		String some = "SELECT id FROM partnership WHERE slug LIKE 'synthetic-%' ORDER BY id LIMIT 25 OFFSET ";
		jdbc.sql("UPDATE partnership SET status = 'COMPLETED', kind = 'PROJECT' WHERE id IN (" + some + "0)").update();
		jdbc.sql("UPDATE partnership SET retired = true WHERE id IN (" + some + "25)").update();
		jdbc.sql("DELETE FROM partnership WHERE id IN (" + some + "50)").update();
		jdbc.sql("DELETE FROM partnership_sector WHERE partnership_id IN (" + some + "75)").update();
		jdbc.sql("INSERT INTO partnership_sector (partnership_id, sector_slug) SELECT id, 'health' FROM (" + some + "100) s"
				+ " ON CONFLICT DO NOTHING").update();
		jdbc.sql("UPDATE partnership_element SET status = 'PRESENT', evidence_en = 'As read.' WHERE partnership_id IN (" + some + "125)")
			.update();
		jdbc.sql("DELETE FROM partnership_origin_country WHERE partnership_id IN (" + some + "150)").update();
		jdbc.sql("UPDATE partnership_organisation SET role = 'FUNDER' WHERE partnership_id IN (" + some + "175)").update();
		jdbc.sql("DELETE FROM partnership_destination_country WHERE partnership_id IN (" + some + "200)").update();
		jdbc.sql("UPDATE partnership SET start_year = 2001, end_year = NULL WHERE id IN (" + some + "225)").update();
		jdbc.sql("INSERT INTO partnership_destination_region (partnership_id, region_slug) SELECT id, 'european-union' FROM ("
				+ some + "250) s ON CONFLICT DO NOTHING").update();

		FacetIndex edited = facetIndexes.at(version());
		assertThat(edited.reread()).as("entries read again").isBetween(250, 275);
		Random random = new Random(7);
		assertThat(countedAlike(100, random)).isGreaterThan(100 / 3);

		jdbc.sql("INSERT INTO region_member (region_slug, country_code) SELECT r.slug, c.code FROM region r, country c"
				+ " WHERE NOT EXISTS (SELECT 1 FROM region_member m WHERE m.region_slug = r.slug AND m.country_code = c.code)"
				+ " ORDER BY r.slug, c.code LIMIT 5").update();
		assertThat(facetIndexes.at(version()).reread()).as("read in full").isEqualTo(-1);
		assertThat(countedAlike(100, random)).isGreaterThan(100 / 3);
	}

	/**
	 * An edit's transaction that asks for counts sees its own changes; if it is then rolled back, the next
	 * version's index must not be brought forward from what it saw (its entries in the log are gone too).
	 */
	@Test
	void anIndexSeenInsideARolledBackEditIsNotBroughtForward() {
		RequestContextHolder.resetRequestAttributes();
		facetIndexes.at(version());
		long someone = jdbc.sql("SELECT min(id) FROM partnership WHERE NOT retired").query(Long.class).single();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("UPDATE partnership SET retired = true WHERE id = ?").param(someone).update();
			assertThat(facetIndexes.at(version()).published().contains((int) someone)).as("its own edit").isFalse();
			status.setRollbackOnly();
		});
		jdbc.sql("UPDATE partnership SET status = status WHERE id = (SELECT max(id) FROM partnership)").update();
		assertThat(facetIndexes.at(version()).published().contains((int) someone)).as("after the rollback").isTrue();
		assertThat(countedAlike(20, new Random(3))).isPositive();
	}

	private void generate(int entries) throws Exception {
		String script = Files.readString(Path.of("src/scripts/generate-data.sql"));
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			// 10,000 entries take longer than the pool's 30 s socket time-out on a busy machine.
			connection.setNetworkTimeout(Runnable::run, 0);
			statement.execute(script);
			statement.execute("SELECT pg_temp.smp_generate(" + entries + ", 0.42)");
		}
	}

	private long version() {
		return jdbc.sql("SELECT version FROM catalogue_version").query(Long.class).single();
	}

	/** Compares the counts of the bitmaps and of the SQL for random selections; how many had results. */
	private int countedAlike(int selections, Random random) {
		Map<Facet, List<String>> values = new HashMap<>();
		for (Facet facet : Facet.values()) {
			values.put(facet, jdbc.sql("SELECT DISTINCT value FROM (" + facet.relation() + ") r WHERE value IS NOT NULL ORDER BY 1")
				.query(String.class).list());
		}
		int nonEmpty = 0;
		for (int i = 0; i < selections; i++) {
			MultiValueMap<String, String> parameters = i == 0 ? new LinkedMultiValueMap<>() : selection(random, values);
			CatalogueFilter filter = CatalogueFilter.parse(parameters, search.referenceData());
			CatalogueSearch.FacetCounts bitmaps = search.countFacets(filter, search.parameters(filter, Locale.ENGLISH));
			CatalogueSearch.FacetCounts sql = search.countFacetsInSql(filter, search.parameters(filter, Locale.ENGLISH));
			assertThat(bitmaps.total()).as(parameters.toString()).isEqualTo(sql.total());
			assertThat(byValue(bitmaps)).as(parameters.toString()).isEqualTo(byValue(sql));
			MapSqlParameterSource sqlParameters = search.parameters(filter, Locale.ENGLISH);
			assertThat(search.tally(filter, Locale.ENGLISH)).as("statistics of " + parameters)
				.isEqualTo(search.tallyInSql(filter, sqlParameters));
			assertThat(search.corridors(filter, Locale.ENGLISH)).as("corridors of " + parameters)
				.containsExactlyInAnyOrderElementsOf(search.corridorsInSql(filter, sqlParameters));
			if (sql.total() > 0) {
				nonEmpty++;
			}
		}
		return nonEmpty;
	}

	private static MultiValueMap<String, String> selection(Random random, Map<Facet, List<String>> values) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		int facets = random.nextInt(4);
		for (int f = 0; f < facets; f++) {
			Facet facet = Facet.values()[random.nextInt(Facet.values().length)];
			List<String> choices = values.get(facet);
			int count = 1 + (random.nextInt(4) == 0 ? 1 : 0);
			for (int v = 0; v < count && !choices.isEmpty(); v++) {
				// Skewed towards the first values, as readers pick the busy ones.
				String value = choices.get(Math.min(choices.size() - 1, (int) Math.abs(random.nextGaussian() * choices.size() / 4)));
				if (!parameters.getOrDefault(facet.parameter(), List.of()).contains(value)) {
					parameters.add(facet.parameter(), value);
				}
			}
		}
		if (random.nextInt(3) == 0) {
			parameters.add("q", WORDS.get(random.nextInt(WORDS.size())));
		}
		int from = 2005 + random.nextInt(20);
		if (random.nextInt(5) == 0) {
			parameters.add("from", Integer.toString(from));
		}
		if (random.nextInt(6) == 0) {
			parameters.add("to", Integer.toString(from + random.nextInt(10)));
		}
		return parameters;
	}

	private static Map<String, List<Long>> byValue(CatalogueSearch.FacetCounts counts) {
		Map<String, List<Long>> result = new HashMap<>();
		counts.byFacet().forEach((facet, list) -> list.forEach(count -> result.put(facet.parameter() + "=" + count.value(),
				new ArrayList<>(List.of(count.withValue(), count.added())))));
		return result;
	}

}
