package eu.smpcatalogue.account;

import eu.smpcatalogue.CatalogueTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signing in and out, throttling of guesses, and the password rules, against the real database; the
 * session is the one every instance shares (Spring Session JDBC), carried by its cookie.
 */
@CatalogueTest
class SignInTest {

	/** Spring Session's cookie: the session itself is in the database, readable by every instance. */
	static final String SESSION = "SESSION";

	/** A documentation address, so that the failures counted here block no other test's address. */
	static final Accounts.Caller CALLER = new Accounts.Caller("192.0.2.11", "no-such-session");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void signingInRotatesTheSessionAndRecordsTheTime() throws Exception {
		Editor editor = TestEditors.contactPoint(accounts, "IE");
		Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie(SESSION);
		assertThat(before).isNotNull();
		MvcResult login = mvc.perform(post("/login").param("username", editor.getUsername())
			.param("password", TestEditors.PASSWORD)
			.cookie(before)
			.with(csrf())).andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/account");
		Cookie signedIn = login.getResponse().getCookie(SESSION);
		assertThat(signedIn.getValue()).isNotEqualTo(before.getValue());
		assertThat(accounts.find(editor.accountId()).orElseThrow().getLastLoginAt()).isNotNull();

		assertThat(mvc.perform(get("/account").cookie(signedIn)).andReturn().getResponse().getContentAsString())
			.contains(editor.displayName());
		assertThat(mvc.perform(get("/account").cookie(before)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
		mvc.perform(post("/logout").cookie(signedIn).with(csrf()));
		assertThat(mvc.perform(get("/account").cookie(signedIn)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
	}

	@Test
	void wrongPasswordsAndUnknownAccountsGetTheSameAnswer() throws Exception {
		Editor editor = TestEditors.contactPoint(accounts, "IE");
		assertThat(mvc.perform(formLogin().user(editor.getUsername()).password("wrong password here"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(mvc.perform(formLogin().user("nobody-" + System.nanoTime()).password("wrong password here"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void repeatedFailuresAreRefusedForAWhileEvenWithTheRightPassword() throws Exception {
		Editor editor = TestEditors.contactPoint(accounts, "IE");
		for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
			mvc.perform(formLogin().user(editor.getUsername()).password("a wrong guess " + i));
		}
		MvcResult blocked = mvc.perform(formLogin().user(editor.getUsername()).password(TestEditors.PASSWORD)).andReturn();
		assertThat(blocked.getResponse().getRedirectedUrl()).isEqualTo("/login?blocked");
		assertThat(mvc.perform(get("/login?blocked")).andReturn().getResponse().getContentAsString())
			.contains("refused for 15 minutes");
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		Editor editor = TestEditors.contactPoint(accounts, "IE");
		accounts.disable(editor.accountId());
		assertThat(mvc.perform(formLogin().user(editor.getUsername()).password(TestEditors.PASSWORD))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void disablingAnAccountEndsItsOpenSessions() throws Exception {
		Editor editor = TestEditors.contactPoint(accounts, "IE");
		Cookie session = mvc.perform(formLogin().user(editor.getUsername()).password(TestEditors.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie(SESSION);
		assertThat(mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
		accounts.disable(editor.accountId());
		assertThat(mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.contains("/login");
	}

	@Test
	void changingOnesPasswordEndsOnesOtherSessionsOnly() throws Exception {
		Editor editor = TestEditors.contactPoint(accounts, "IE");
		Cookie here = signIn(editor.getUsername(), TestEditors.PASSWORD);
		Cookie elsewhere = signIn(editor.getUsername(), TestEditors.PASSWORD);
		assertThat(mvc.perform(get("/account").cookie(elsewhere)).andReturn().getResponse().getStatus()).isEqualTo(200);

		MvcResult changed = mvc.perform(post("/account/password").cookie(here)
			.param("currentPassword", TestEditors.PASSWORD)
			.param("newPassword", "a brand new passphrase")
			.param("confirmation", "a brand new passphrase")
			.with(csrf())).andReturn();
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(mvc.perform(get("/account").cookie(here).flashAttrs(changed.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Your password has been changed; your other sessions have been ended.");
		assertThat(mvc.perform(get("/account").cookie(elsewhere)).andReturn().getResponse().getRedirectedUrl())
			.as("the other session is signed out").contains("/login");
		assertThat(mvc.perform(get("/account").cookie(here)).andReturn().getResponse().getStatus())
			.as("the session that changed it stays").isEqualTo(200);
		assertThat(signIn(editor.getUsername(), "a brand new passphrase")).isNotNull();
	}

	@Test
	void anAdministratorResettingAPasswordEndsTheAccountsSessions() throws Exception {
		Editor editor = TestEditors.contactPoint(accounts, "IE");
		Cookie session = signIn(editor.getUsername(), TestEditors.PASSWORD);
		accounts.resetPassword(editor.accountId(), "a password set by the administrator");
		assertThat(mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getRedirectedUrl()).contains("/login");
	}

	/** A session signed in with these credentials (null if refused). */
	private Cookie signIn(String username, String password) throws Exception {
		MvcResult login = mvc.perform(formLogin().user(username).password(password)).andReturn();
		return "/account".equals(login.getResponse().getRedirectedUrl()) ? login.getResponse().getCookie(SESSION) : null;
	}

	@Test
	void passwordsAreLongNotComplicatedAndNotCommon() throws Exception {
		Editor editor = TestEditors.contactPoint(accounts, "IE");
		String longPassphrase = "ceci est une phrase de passe très longue, avec des accents et plus de soixante-quatre caractères";
		accounts.changeOwnPassword(editor.accountId(), TestEditors.PASSWORD, longPassphrase, CALLER);
		assertThat(longPassphrase.length()).isGreaterThan(64);
		assertThat(mvc.perform(formLogin().user(editor.getUsername()).password(longPassphrase)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/account");
		String maximal = "x".repeat(PasswordPolicy.MAX_LENGTH - 8) + " 8 more.";
		accounts.changeOwnPassword(editor.accountId(), longPassphrase, maximal, CALLER);
		assertThat(mvc.perform(formLogin().user(editor.getUsername()).password(maximal)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/account");
		accounts.changeOwnPassword(editor.accountId(), maximal, longPassphrase, CALLER);
		assertThatExceptionOfType(AccountRuleException.class)
			.isThrownBy(() -> accounts.changeOwnPassword(editor.accountId(), longPassphrase, "short", CALLER))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("account.password.tooShort", CALLER));
		assertThatExceptionOfType(AccountRuleException.class)
			.isThrownBy(() -> accounts.changeOwnPassword(editor.accountId(), longPassphrase, "password1234", CALLER))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("account.password.common", CALLER));
		assertThatExceptionOfType(AccountRuleException.class)
			.isThrownBy(() -> accounts.changeOwnPassword(editor.accountId(), "not the current one", "a fine new passphrase", CALLER))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("account.password.currentWrong", CALLER));
	}

}
