package eu.smpcatalogue.security;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A digest of every row of every table, to show that a run of requests changed nothing. Sessions (kept
 * in the database by Spring Session), the sign-in throttle and the record of the last clean-up of expired
 * sessions (which runs every minute, whatever the requests) are bookkeeping, not data.
 */
final class DatabaseChecksum {

	private DatabaseChecksum() {
	}

	static Map<String, String> of(JdbcClient jdbc) {
		Map<String, String> digests = new TreeMap<>();
		jdbc.sql("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
				  AND table_name NOT LIKE 'spring_session%' AND table_name NOT IN ('login_throttle', 'cluster_job')""")
			.query(String.class)
			.list()
			.forEach(table -> digests.put(table,
					jdbc.sql("SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"" + table + "\" t")
						.query(String.class)
						.single()));
		return digests;
	}

}
