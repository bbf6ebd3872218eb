package eu.smpcatalogue.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Accounts.NewAccount;
import eu.smpcatalogue.account.Role;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default run: a real PostgreSQL that the application starts itself, keeping its data under
 * {@code ./data} so that edits survive a restart. Nothing embedded starts once a datasource URL is
 * configured (the {@code postgres} profile, environment variables, Compose), nor in a production
 * build, which leaves the binaries out.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${smp.embedded-database.directory:data/postgres}") Path directory,
			@Value("${smp.embedded-database.port:0}") int port) throws IOException {
		Files.createDirectories(directory);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false);
		if (port > 0) {
			builder.setPort(port);
		}
		return builder.start();
	}

	/**
	 * Demo accounts for trying editing out on the embedded default; never in a production build, which
	 * leaves this configuration out.
	 */
	@Bean
	ApplicationRunner demoAccounts(Accounts accounts) {
		return arguments -> {
			for (NewAccount demo : DEMO_ACCOUNTS) {
				if (accounts.all().stream().noneMatch(account -> account.getUsername().equals(demo.username()))) {
					accounts.create(demo);
				}
			}
		};
	}

	static final List<NewAccount> DEMO_ACCOUNTS = List.of(
			new NewAccount("admin", "Demo administrator", "demo-admin-password", Role.ADMINISTRATOR, null),
			new NewAccount("contact.be", "Demo contact point for Belgium", "demo-belgium-password", Role.CONTACT_POINT, "BE"),
			new NewAccount("contact.de", "Demo contact point for Germany", "demo-germany-password", Role.CONTACT_POINT, "DE"));

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded");
		dataSource.setMaximumPoolSize(10);
		// As on a server (application.properties, where each setting is explained).
		dataSource.addDataSourceProperty("options", "-c jit=off -c plan_cache_mode=force_custom_plan");
		return dataSource;
	}

}
