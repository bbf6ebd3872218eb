package eu.smpcatalogue.account;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.springframework.session.web.http.CookieSerializer;

/**
 * Who may do what: reading is public; editing needs an account, and the editing services check on the
 * server, for every request, that the entry is the editor's to change. Form login, CSRF on every
 * state-changing request, a new session id at login, no "remember me".
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The accounts in the database, behind the throttle; nothing else (no generated default user). */
	@Bean
	AuthenticationManager authenticationManager(Accounts accounts, PasswordChecks checks, PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts.userDetailsService());
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, checks));
	}

	/** Password hashing is deliberately slow: half the cores may hash at once, the other half serve readers. */
	@Bean
	PasswordChecks passwordChecks(LoginThrottle throttle) {
		return new PasswordChecks(throttle, Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, Accounts accounts,
			AuthenticationManager authenticationManager, SessionRegistry sessionRegistry, Clock clock,
			ThymeleafViewResolver views, LocaleResolver locales, MessageSource messages,
			@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormSize) throws Exception {
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/forgotten-password", "/password-links/*")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole(Role.ADMINISTRATOR.name())
				.requestMatchers("/account/**", "/partnerships/new", "/partnerships/*/edit", "/partnerships/*/edit/*",
						"/countries/*/edit",
						"/organisations/new", "/sources/new")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**")
				.permitAll()
				// Readers suggest corrections without an account (limited: see correction.SubmissionLimits).
				.requestMatchers(HttpMethod.POST, "/partnerships/*/corrections", "/countries/*/corrections")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(login -> login.loginPage("/login")
				.permitAll()
				.successHandler(new LoginSuccessHandler(accounts))
				.failureHandler(failureHandler()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
				.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"));
		hardening(http, clock);
		// Before the CSRF check reads the form's first field; in the chain only, so that the page it answers
		// carries the security headers and shows who is signed in.
		http.addFilterBefore(new UnreadableForms(views, locales, messages, maxFormSize), CsrfFilter.class);
		return http.build();
	}

	/** Response headers on every answer, and sessions that end after idling or living too long. */
	private static void hardening(HttpSecurity http, Clock clock) throws Exception {
		http.headers(new SecurityHeaders()).addFilterBefore(new SessionLifetime(clock), SecurityContextHolderFilter.class);
	}

	private static SimpleUrlAuthenticationFailureHandler failureHandler() {
		return new SimpleUrlAuthenticationFailureHandler("/login?error") {
			@Override
			public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
					AuthenticationException exception) throws IOException {
				String target = exception instanceof LoginThrottledException ? "/login?blocked" : "/login?error";
				getRedirectStrategy().sendRedirect(request, response, target);
			}
		};
	}

	/** Argon2 for new hashes; bcrypt hashes still verify. */
	@Bean
	PasswordEncoder passwordEncoder() {
		String argon2 = "argon2@SpringSecurity_v5_8";
		return new DelegatingPasswordEncoder(argon2,
				Map.of(argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	/**
	 * Sessions are kept in the database (Spring Session JDBC), indexed by username, so that ending an
	 * account's sessions reaches them whichever instance they were opened on.
	 */
	@Bean
	<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	/** The session cookie: a value that is no session id of ours is ignored, never looked up. */
	@Bean
	CookieSerializer sessionCookie(ServerProperties server) {
		return SessionCookie.from(server.getServlet().getSession().getCookie());
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
