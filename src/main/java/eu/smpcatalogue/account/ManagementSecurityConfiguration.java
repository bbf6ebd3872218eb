package eu.smpcatalogue.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * The Actuator endpoints: health (liveness and readiness probes) for everyone, without details;
 * Prometheus metrics and health details for an administrator's session or for the scrape account
 * ({@code smp.metrics.username} and {@code smp.metrics.password}, over HTTP Basic). The scrape account
 * can read metrics and nothing else: Prometheus never holds an editor's or administrator's password.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

	static final String METRICS = "METRICS";

	/** A long scrape password, since Prometheus cannot answer a sign-in page. */
	static final int MINIMUM_SCRAPE_PASSWORD_LENGTH = 24;

	@Bean
	@Order(1)
	SecurityFilterChain managementSecurityFilterChain(HttpSecurity http, PasswordEncoder passwordEncoder,
			PasswordChecks checks, @Value("${smp.metrics.username:}") String username, @Value("${smp.metrics.password:}") String password)
			throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				.anyRequest()
				.hasAnyRole(Role.ADMINISTRATOR.name(), METRICS))
			.httpBasic(Customizer.withDefaults())
			.authenticationManager(scrapeAccount(passwordEncoder, checks, username, password))
			// An administrator's session is honoured; a scrape or a refusal never opens one.
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.headers(new SecurityHeaders());
		return http.build();
	}

	/**
	 * Every HTTP Basic attempt hashes a password (Spring hashes even for an unknown name, so that timing
	 * tells nothing), so it goes through the same throttle and turns as signing in: guesses are counted
	 * and blocked, and a flood of them cannot take the processors from readers.
	 */
	private static ProviderManager scrapeAccount(PasswordEncoder passwordEncoder, PasswordChecks checks, String username,
			String password) {
		InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager();
		if (!username.isBlank()) {
			if (password.length() < MINIMUM_SCRAPE_PASSWORD_LENGTH) {
				throw new IllegalStateException("smp.metrics.password (SMP_METRICS_PASSWORD) must have at least "
						+ MINIMUM_SCRAPE_PASSWORD_LENGTH + " characters");
			}
			accounts.createUser(User.withUsername(username)
				.password(passwordEncoder.encode(password))
				.roles(METRICS)
				.build());
		}
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(provider, checks));
	}

}
