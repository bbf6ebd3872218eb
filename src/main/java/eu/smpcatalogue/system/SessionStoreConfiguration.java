package eu.smpcatalogue.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions are kept in PostgreSQL so that any instance can answer. Two requests of one session at once (two
 * tabs, a form sent twice, a flood from one client) may each store the same attribute: PostgreSQL's upsert
 * lets the later one overwrite it, where the plain insert failed on the key and answered 500.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer parallelRequestsOfOneSession() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
