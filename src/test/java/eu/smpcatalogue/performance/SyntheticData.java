package eu.smpcatalogue.performance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The benchmark's generator ({@code src/scripts/generate-data.sql}), run from a test, and its removal. */
final class SyntheticData {

	private SyntheticData() {
	}

	/** Adds {@code count} synthetic partnerships (slugs {@code synthetic-…}), always the same for a count. */
	static void generate(DataSource dataSource, int count) throws IOException, SQLException {
		String script = Files.readString(Path.of("src/scripts/generate-data.sql"));
		// One connection: the generator is a session-local function.
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(script);
			statement.execute("SELECT pg_temp.smp_generate(" + count + ", 0.42)");
		}
	}

	static void remove(JdbcClient jdbc) {
		jdbc.sql("DELETE FROM partnership WHERE slug LIKE 'synthetic-%'").update();
		jdbc.sql("DELETE FROM organisation WHERE slug LIKE 'synthetic-org-%'").update();
	}

}
