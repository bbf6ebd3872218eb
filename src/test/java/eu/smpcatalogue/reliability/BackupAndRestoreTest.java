package eu.smpcatalogue.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import eu.smpcatalogue.TestDatabase;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.TestEditors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The documented backup and restore (src/scripts/backup.sh and restore.sh: pg_dump in its custom format,
 * pg_restore in one transaction) bring the test database, with everything the tests have written, into
 * a fresh database: every partnership, country entry, revision and account, row for row.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class BackupAndRestoreTest {

	private static final Pattern SERVER = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDumpRestoresIntoAFreshDatabaseWithEveryEntryAndRevision(@TempDir Path directory) throws Exception {
		anEditThroughTheForm();
		Path bin = postgresToolsFor(jdbc.sql("SELECT current_setting('server_version_num')::int / 10000")
			.query(Integer.class)
			.single());
		Path dump = directory.resolve("catalogue.dump");
		String database = Databases.nameOf(TestDatabase.get().url());

		Map<String, String> dumped;
		// The dump reads the snapshot exported by this transaction, so that both see the same rows.
		try (Connection source = DriverManager.getConnection(TestDatabase.get().url(), TestDatabase.get().username(),
				TestDatabase.get().password())) {
			source.setAutoCommit(false);
			source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			JdbcClient inTransaction = JdbcClient.create(new SingleConnectionDataSource(source, true));
			String snapshot = inTransaction.sql("SELECT pg_export_snapshot()").query(String.class).single();
			dumped = Databases.contents(inTransaction);
			run(bin, "src/scripts/backup.sh", database, dump.toString(), "--snapshot=" + snapshot);
			source.commit();
		}

		String restored = "smp_restored_" + Long.toHexString(System.nanoTime());
		try {
			String report = run(bin, "src/scripts/restore.sh", dump.toString(), restored);
			JdbcClient copy = Databases.connect(Databases.urlOf(restored));
			assertThat(Databases.contents(copy)).isEqualTo(dumped);
			for (String entries : List.of("partnership", "country", "revision", "account")) {
				assertThat(Databases.count(copy, entries)).as(entries).isPositive().isEqualTo(Databases.count(jdbc, entries));
			}
			System.out.println("Backup and restore: " + report.lines().filter(line -> line.startsWith("restore:")).findFirst()
				.orElse(report) + "; " + dumped.size() + " tables and sequences identical");
		}
		finally {
			Databases.connect(Databases.urlOf("postgres")).sql("DROP DATABASE IF EXISTS " + restored + " WITH (FORCE)").update();
		}
	}

	/** At least one revision and one account, whichever tests ran before. */
	private void anEditThroughTheForm() {
		Browser browser = new Browser(port).signIn(TestEditors.contactPoint(accounts, "EE").getUsername(),
				TestEditors.PASSWORD);
		Browser.Form form = browser.open("/countries/EE/edit", "/countries/EE/edit");
		assertThat(form.set("narrativeEn", form.get("narrativeEn").strip() + " Backed up.").submit().statusCode())
			.isEqualTo(302);
	}

	/** Runs one of the documented scripts against the test database's server. */
	private static String run(Path bin, String... command) throws IOException, InterruptedException {
		Matcher server = SERVER.matcher(TestDatabase.get().url());
		assertThat(server.find()).isTrue();
		ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("bash"), Stream.of(command)).toList())
			.redirectErrorStream(true);
		builder.environment().put("PGHOST", server.group(1));
		builder.environment().put("PGPORT", server.group(2) == null ? "5432" : server.group(2));
		builder.environment().put("PGUSER", TestDatabase.get().username());
		builder.environment().put("PGPASSWORD", TestDatabase.get().password());
		builder.environment().put("PG_BIN", bin.toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
		return output;
	}

	/**
	 * A directory with pg_dump and pg_restore at least as new as the server (an older pg_dump refuses to
	 * dump a newer server): SMP_PG_BIN, else Debian's versioned directories, newest first, else the
	 * PATH. None is a failure, never a skip: .ci/run provides them.
	 */
	static Path postgresToolsFor(int serverMajor) {
		List<Path> candidates = new ArrayList<>();
		Optional.ofNullable(System.getenv("SMP_PG_BIN")).map(Path::of).ifPresent(candidates::add);
		try (Stream<Path> debian = Files.list(Path.of("/usr/lib/postgresql"))) {
			debian.map(version -> version.resolve("bin"))
				.sorted(Comparator.comparing((Path dir) -> major(dir.getParent().getFileName().toString())).reversed())
				.forEach(candidates::add);
		}
		catch (IOException ex) {
			// Not a Debian-style installation.
		}
		Stream.of(System.getenv("PATH").split(":")).map(Path::of).forEach(candidates::add);
		List<String> seen = new ArrayList<>();
		for (Path dir : candidates) {
			Path pgDump = dir.resolve("pg_dump");
			if (Files.isExecutable(pgDump) && Files.isExecutable(dir.resolve("pg_restore"))) {
				String version = version(pgDump);
				seen.add(pgDump + " (" + version + ")");
				if (major(version) >= serverMajor) {
					return dir;
				}
			}
		}
		return fail("No pg_dump and pg_restore of PostgreSQL " + serverMajor + " or newer: found " + seen
				+ ". Install postgresql-client-" + serverMajor + " or name its bin directory in SMP_PG_BIN.");
	}

	private static String version(Path pgDump) {
		try {
			Process process = new ProcessBuilder(pgDump.toString(), "--version").redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(10, TimeUnit.SECONDS);
			return output.strip();
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	private static int major(String version) {
		Matcher number = Pattern.compile("(\\d+)").matcher(version.replaceFirst("^[^)]*\\)", ""));
		return number.find() ? Integer.parseInt(number.group(1)) : 0;
	}

}
