package eu.smpcatalogue.reliability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import eu.smpcatalogue.TestDatabase;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Databases of their own on the tests' PostgreSQL server, and fingerprints to compare two of them. */
final class Databases {

	private Databases() {
	}

	/** The test database's server, connected to another database on it. */
	static String urlOf(String database) {
		return TestDatabase.get().url().replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
	}

	static String nameOf(String url) {
		return url.replaceFirst("^.*/([^/?]*)(\\?.*)?$", "$1");
	}

	static JdbcClient connect(String url) {
		TestDatabase server = TestDatabase.get();
		return JdbcClient.create(new DriverManagerDataSource(url, server.username(), server.password()));
	}

	/**
	 * Every row of every table, as a count and a checksum of the rows' text per table, and the value of
	 * every sequence: two databases with the same fingerprint hold the same data.
	 */
	static Map<String, String> contents(JdbcClient jdbc) {
		Map<String, String> contents = new LinkedHashMap<>();
		for (String table : tables(jdbc)) {
			contents.put(table, jdbc.sql("SELECT count(*) || ' rows, md5 ' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM "
					+ table + " t").query(String.class).single());
		}
		jdbc.sql("SELECT sequencename, coalesce(last_value, 0) FROM pg_sequences WHERE schemaname = 'public'")
			.query((row, n) -> contents.put("sequence " + row.getString(1), row.getString(2)))
			.list();
		return contents;
	}

	/** The same, reading only the given columns of each table (to compare data across added columns). */
	static Map<String, String> contents(JdbcClient jdbc, Map<String, List<String>> columns) {
		Map<String, String> contents = new LinkedHashMap<>();
		columns.forEach((table, names) -> {
			String row = "row(" + String.join(", ", names.stream().map(name -> "\"" + name + "\"").toList()) + ")::text";
			contents.put(table, jdbc.sql("SELECT count(*) || ' rows, md5 ' || md5(coalesce(string_agg(" + row
					+ ", E'\\n' ORDER BY " + row + "), '')) FROM " + table).query(String.class).single());
		});
		return contents;
	}

	static Map<String, List<String>> columns(JdbcClient jdbc) {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		for (String table : tables(jdbc)) {
			columns.put(table, jdbc.sql("""
					SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?
					ORDER BY ordinal_position""").param(table).query(String.class).list());
		}
		return columns;
	}

	/** Tables, columns with their types, nullability and defaults, constraints and indexes. */
	static List<String> schema(JdbcClient jdbc) {
		return jdbc.sql("""
				SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' '
				       || coalesce(character_maximum_length::text, '') || ' ' || is_nullable || ' ' || coalesce(column_default, '')
				FROM information_schema.columns WHERE table_schema = 'public'
				UNION ALL
				SELECT 'constraint ' || conrelid::regclass || ' ' || pg_get_constraintdef(oid)
				FROM pg_constraint WHERE connamespace = 'public'::regnamespace
				UNION ALL
				SELECT 'index ' || regexp_replace(indexdef, ' ON public\\.', ' ON ') FROM pg_indexes WHERE schemaname = 'public'
				UNION ALL
				SELECT 'function ' || p.proname || '(' || pg_get_function_arguments(p.oid) || ')' FROM pg_proc p
				WHERE p.pronamespace = 'public'::regnamespace
				ORDER BY 1""").query(String.class).list();
	}

	static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private static List<String> tables(JdbcClient jdbc) {
		return jdbc.sql("""
				SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
				ORDER BY table_name""").query(String.class).list();
	}

	/** A fresh, empty database on the tests' server, dropped on close. */
	static final class Scratch implements AutoCloseable {

		private final String name = "smp_scratch_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);

		Scratch() {
			connect(urlOf("postgres")).sql("CREATE DATABASE " + name).update();
		}

		String name() {
			return name;
		}

		String url() {
			return urlOf(name);
		}

		JdbcClient jdbc() {
			return connect(url());
		}

		@Override
		public void close() {
			connect(urlOf("postgres")).sql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").update();
		}

	}

}
