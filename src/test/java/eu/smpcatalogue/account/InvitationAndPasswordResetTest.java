package eu.smpcatalogue.account;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.mail.OutboxSender;
import eu.smpcatalogue.mail.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static eu.smpcatalogue.mail.TestMailServer.onlyMailTo;
import static eu.smpcatalogue.mail.TestMailServer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An administrator invites a contact point, who follows the mailed link to a first sign-in; someone who
 * forgot their password gets a link the same way. The mails go through the outbox to a real SMTP server
 * in this JVM (GreenMail), and the tests read what it received and follow the links in it.
 */
@CatalogueTest
class InvitationAndPasswordResetTest {

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.use(registry);
	}

	private static final Pattern LINK = Pattern.compile("https?://\\S+(/password-links/[A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	OutboxSender sender;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyMailbox() throws Exception {
		sender.sendDue();
		TestMailServer.SMTP.purgeEmailFromAllMailboxes();
	}

	@Test
	void anInvitedContactPointChoosesTheirPasswordFromTheMailedLinkAndSignsIn() throws Exception {
		String username = "invited-" + System.nanoTime();
		String email = username + "@example.org";
		MockHttpServletResponse created = mvc.perform(post("/admin/accounts").with(user(TestEditors.administrator(accounts)))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Luc Invité")
			.param("email", email)
			.param("language", "fr")
			.param("role", "CONTACT_POINT")
			.param("countryCode", "LU")).andReturn().getResponse();
		assertThat(created.getRedirectedUrl()).startsWith("/admin/accounts/");
		// Nothing has left yet: the mail waits in the outbox, whatever the mail server does.
		assertThat(TestMailServer.SMTP.getReceivedMessages()).isEmpty();

		assertThat(sender.sendDue()).isEqualTo(1);
		MimeMessage invitation = onlyMailTo(email);
		assertThat(invitation.getSubject()).isEqualTo("Vous êtes invité(e) à contribuer au SMP Catalogue");
		assertThat(invitation.getHeader("Content-Language")).containsExactly("fr");
		String body = GreenMailUtil.getBody(invitation);
		assertThat(body).contains("text/plain", "text/html", "Bonjour Luc Invit", username, "72 heures");
		String link = link(invitation);

		Document choose = page(link);
		assertThat(choose.select("h1").text()).isEqualTo("Choose your password");
		assertThat(choose.text()).contains("For the account " + username);
		assertThat(choose.select("label[for=password]").text()).isEqualTo("New password");

		MockHttpServletResponse mismatch = mvc.perform(post(link).with(csrf())
			.param("password", "a passphrase of my own choosing")
			.param("confirmation", "another passphrase entirely")).andReturn().getResponse();
		assertThat(Jsoup.parse(mismatch.getContentAsString()).select(".field-error").text())
			.contains("The two new passwords are not the same.");

		MockHttpServletResponse set = mvc.perform(post(link).with(csrf())
			.param("password", "a passphrase of my own choosing")
			.param("confirmation", "a passphrase of my own choosing")).andReturn().getResponse();
		assertThat(set.getRedirectedUrl()).isEqualTo("/login?passwordSet");

		Cookie session = mvc.perform(formLogin().user(username).password("a passphrase of my own choosing"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(page("/account", session).text()).contains("Luc Invité");

		// The link worked once.
		MockHttpServletResponse again = mvc.perform(get(link)).andReturn().getResponse();
		assertThat(again.getStatus()).isEqualTo(410);
		assertThat(Jsoup.parse(again.getContentAsString()).select("h1").text()).isEqualTo("This link no longer works");
	}

	@Test
	void aForgottenPasswordIsReplacedFromAMailedLinkAndTheAnswerNeverSaysWhetherTheAccountExists() throws Exception {
		Editor editor = TestEditors.contactPoint(accounts, "BE");
		String email = editor.getUsername() + "@example.be";
		jdbc.sql("UPDATE account SET email = ? WHERE username = ?").params(email, editor.getUsername()).update();

		String known = answer(editor.getUsername());
		String unknown = answer("nobody-" + System.nanoTime());
		assertThat(known).isEqualTo(unknown)
			.contains("If an account matches, a link to choose a new password is on its way to its e-mail address.");
		// Asked again at once: no second mail, and still the same answer.
		assertThat(answer(email.toUpperCase())).isEqualTo(known);

		sender.sendDue();
		MimeMessage reset = onlyMailTo(email);
		assertThat(reset.getSubject()).isEqualTo("A link to choose a new password for the SMP Catalogue");
		String link = link(reset);
		assertThat(mvc.perform(post(link).with(csrf())
			.param("password", "my new and better passphrase")
			.param("confirmation", "my new and better passphrase")).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login?passwordSet");

		assertThat(mvc.perform(formLogin().user(editor.getUsername()).password(TestEditors.PASSWORD))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).contains("error");
		assertThat(mvc.perform(formLogin().user(editor.getUsername()).password("my new and better passphrase"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).doesNotContain("error");
	}

	@Test
	void aLinkNeverIssuedOrMalformedGetsTheSamePageAsAnExpiredOne() throws Exception {
		for (String path : List.of("/password-links/" + "A".repeat(43), "/password-links/short",
				"/password-links/" + "-".repeat(42) + "é")) {
			MockHttpServletResponse answer = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(answer.getStatus()).as(path).isEqualTo(410);
			assertThat(Jsoup.parse(answer.getContentAsString()).select("h1").text()).isEqualTo("This link no longer works");
		}
	}

	private String answer(String name) throws Exception {
		String html = mvc.perform(post("/forgotten-password").with(csrf()).param("name", name))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html).select("main").text();
	}

	private static String link(MimeMessage mail) {
		Matcher link = LINK.matcher(text(mail));
		assertThat(link.find()).as("a password link in the mail").isTrue();
		return link.group(1);
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
	}

	private Document page(String path, Cookie session) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).cookie(session)).andReturn().getResponse().getContentAsString());
	}

}
