package eu.smpcatalogue.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents the catalogue cites, as reference data: contact points and administrators add them,
 * administrators merge duplicates (moving every citation first, then removing the one merged away).
 */
@Service
@Transactional(readOnly = true)
public class SourceDocuments {

	private final SourceDocumentRepository repository;

	private final JdbcClient jdbc;

	SourceDocuments(SourceDocumentRepository repository, JdbcClient jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
	}

	public List<SourceDocument> all() {
		return repository.findAllByOrderByKey();
	}

	public Optional<SourceDocument> find(String key) {
		return key == null ? Optional.empty() : repository.findById(key);
	}

	public boolean isKeyTaken(String key) {
		return repository.existsById(key);
	}

	@Transactional
	public SourceDocument add(SourceDocument document) {
		return repository.saveAndFlush(document);
	}

	/** How many entries cite each document: partnerships (as a source or for a figure, retired ones included), and countries. */
	public Map<String, Citations> citations() {
		Map<String, Citations> citations = new HashMap<>();
		jdbc.sql("""
				SELECT s.key,
				       (SELECT count(DISTINCT p.partnership_id) FROM (
				            SELECT partnership_id FROM partnership_source WHERE source_key = s.key
				            UNION SELECT partnership_id FROM partnership_figure WHERE source_key = s.key) p) AS partnerships,
				       (SELECT count(DISTINCT country_code) FROM country_source WHERE source_key = s.key) AS countries
				FROM source_document s""")
			.query((row, n) -> citations.put(row.getString("key"),
					new Citations(row.getLong("partnerships"), row.getLong("countries"))))
			.list();
		return citations;
	}

	/** How many partnerships and countries cite a document. */
	public record Citations(long partnerships, long countries) {
	}

	/** Removes a document that nothing cites any more (a merge moved its citations first). */
	@Transactional
	public void remove(SourceDocument document) {
		repository.flush();
		repository.delete(document);
		repository.flush();
	}

}
