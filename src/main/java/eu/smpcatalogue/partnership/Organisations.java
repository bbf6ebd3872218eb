package eu.smpcatalogue.partnership;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations as reference data: contact points and administrators add them, administrators merge
 * duplicates (moving every involvement first, then removing the one merged away).
 */
@Service
@Transactional(readOnly = true)
public class Organisations {

	private final OrganisationRepository repository;

	private final JdbcClient jdbc;

	Organisations(OrganisationRepository repository, JdbcClient jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
	}

	public List<Organisation> all() {
		return repository.findAllByOrderBySlug();
	}

	public Optional<Organisation> find(String slug) {
		return slug == null ? Optional.empty() : repository.findById(slug);
	}

	public boolean isSlugTaken(String slug) {
		return repository.existsById(slug);
	}

	@Transactional
	public Organisation add(Organisation organisation) {
		return repository.saveAndFlush(organisation);
	}

	/** How many partnerships, retired ones included, involve each organisation (those involving none are absent). */
	public Map<String, Long> partnershipCounts() {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("SELECT organisation_slug, count(DISTINCT partnership_id) FROM partnership_organisation GROUP BY organisation_slug")
			.query((row, n) -> counts.put(row.getString(1), row.getLong(2)))
			.list();
		return counts;
	}

	/** Removes an organisation that nothing involves any more (a merge moved its involvements first). */
	@Transactional
	public void remove(Organisation organisation) {
		repository.flush();
		repository.delete(organisation);
		repository.flush();
	}

}
