package eu.smpcatalogue.correction;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.MailFrequency;
import eu.smpcatalogue.account.TestEditors;
import eu.smpcatalogue.mail.CorrectionMails;
import eu.smpcatalogue.mail.OutboxSender;
import eu.smpcatalogue.mail.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static eu.smpcatalogue.mail.TestMailServer.onlyMailTo;
import static eu.smpcatalogue.mail.TestMailServer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The mails of the corrections loop, end to end on the real database and a real SMTP server in this JVM
 * (GreenMail): a reader's suggestion reaches the Belgian contact point's mailbox, who applies it with an
 * edit or declines it, and the reader is told, with the link to their status page.
 */
@CatalogueTest
class CorrectionMailsTest {

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.use(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	FillTime fillTime;

	@Autowired
	OutboxSender sender;

	@Autowired
	CorrectionMails digests;

	private Editor belgium;

	private String belgianAddress;

	@BeforeEach
	void belgianContactPointWithAnAddress() throws Exception {
		sender.sendDue();
		TestMailServer.SMTP.purgeEmailFromAllMailboxes();
		jdbc.sql("DELETE FROM correction").update();
		jdbc.sql("DELETE FROM correction_limit").update();
		// Other tests' Belgian contact points have no address: only this one is mailed.
		belgium = TestEditors.contactPoint(accounts, "BE");
		belgianAddress = belgium.getUsername() + "@emn.example.be";
		jdbc.sql("UPDATE account SET email = ?, language = 'fr' WHERE id = ?").params(belgianAddress, belgium.accountId()).update();
	}

	@AfterEach
	void forget() {
		jdbc.sql("UPDATE account SET email = NULL WHERE id = ?").param(belgium.accountId()).update();
		jdbc.sql("DELETE FROM correction").update();
		jdbc.sql("DELETE FROM correction_limit").update();
	}

	@Test
	void aSuggestionIsMailedToTheOwnerAndItsApplicationToTheReader() throws Exception {
		String slug = createPartnership();
		sender.sendDue();
		TestMailServer.SMTP.purgeEmailFromAllMailboxes();

		String statusPage = mvc.perform(suggestion("/partnerships/" + slug + "/corrections", "reader@example.org"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		sender.sendDue();
		MimeMessage toOwner = onlyMailTo(belgianAddress);
		assertThat(toOwner.getSubject()).startsWith("Une correction est proposée pour Corrections mail test");
		String body = text(toOwner);
		assertThat(body).contains("The period is wrong.", "It ran from 2019 to 2021.", "https://example.org/report.pdf");
		assertThat(link(body)).endsWith("/account/inbox");
		assertThat(TestMailServer.SMTP.getReceivedMessagesForDomain("reader@example.org")).isEmpty();

		long id = jdbc.sql("SELECT id FROM correction").query(Long.class).single();
		String html = mvc.perform(get("/partnerships/" + slug + "/edit?correction=" + id).with(user(belgium)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		PageForm form = PageForm.of(html, "/partnerships/" + slug + "/edit");
		form.set("summaryEn", "An entry made by a test, corrected as a reader suggested.");
		mvc.perform(form.sendTo(post("/partnerships/" + slug + "/edit").with(user(belgium)).with(csrf())));
		assertThat(jdbc.sql("SELECT status FROM correction WHERE id = ?").param(id).query(String.class).single()).isEqualTo("APPLIED");
		// No reason typed: the reader's words are the change's reason.
		assertThat(jdbc.sql("SELECT r.reason FROM correction c JOIN revision r ON r.id = c.revision_id WHERE c.id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Applies a correction a reader suggested: The period is wrong.");

		sender.sendDue();
		MimeMessage toReader = onlyMailTo("reader@example.org");
		assertThat(toReader.getSubject()).startsWith("Your correction for Corrections mail test").endsWith("has been applied");
		String status = link(text(toReader));
		assertThat(status).endsWith(statusPage);
		assertThat(Jsoup.parse(mvc.perform(get(statusPage)).andReturn().getResponse().getContentAsString())
			.select(".correction-status")
			.text()).isEqualTo("Applied");
	}

	@Test
	void aDeclineIsMailedWithItsReasonAndADigestGathersTheDay() throws Exception {
		mvc.perform(suggestion("/countries/BE/corrections", "reader@example.org"));
		long id = jdbc.sql("SELECT id FROM correction").query(Long.class).single();
		mvc.perform(post("/account/inbox/" + id + "/decline").with(user(belgium))
			.with(csrf())
			.param("reason", "The EMN inform says 2019; a later report would have to be cited."));
		sender.sendDue();
		MimeMessage declined = onlyMailTo("reader@example.org");
		assertThat(declined.getSubject()).isEqualTo("Your correction for Belgium has been declined");
		assertThat(text(declined)).contains("The EMN inform says 2019; a later report would have to be cited.");

		// Chosen on the account page: a digest a day instead of a mail each.
		mvc.perform(post("/account/mail").with(user(belgium)).with(csrf()).param("correctionMail", MailFrequency.DAILY.name()));
		TestMailServer.SMTP.purgeEmailFromAllMailboxes();
		mvc.perform(suggestion("/countries/BE/corrections", ""));
		sender.sendDue();
		assertThat(TestMailServer.SMTP.getReceivedMessagesForDomain(belgianAddress)).isEmpty();
		assertThat(digests.sendDigests(Duration.ofDays(1))).isGreaterThanOrEqualTo(1);
		sender.sendDue();
		MimeMessage digest = onlyMailTo(belgianAddress);
		assertThat(digest.getSubject()).isEqualTo("Corrections proposées aujourd’hui pour vos fiches : 1");
		assertThat(text(digest)).contains("Belgique", "The period is wrong.");
	}

	@Test
	void aFrequencyNotOnTheListIsRefusedWithAMessage() throws Exception {
		var response = mvc.perform(post("/account/mail").with(user(belgium)).with(csrf()).param("correctionMail", "HOURLY"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("Choose a mail frequency from the list.");
	}

	private String createPartnership() throws Exception {
		String html = mvc.perform(get("/partnerships/new").with(user(belgium))).andReturn().getResponse().getContentAsString();
		PageForm form = PageForm.of(html, "/partnerships/new")
			.set("nameEn", "Corrections mail test " + System.nanoTime())
			.set("summaryEn", "An entry made by a test.")
			.set("reportingCountry", "BE")
			.set("destinationCountries", "BE")
			.set("originCountries", "CV")
			.set("sources[0].sourceKey", "emn-inform-smp-2022")
			.set("sources[0].locator", "Section 5.3");
		String location = mvc.perform(form.sendTo(post("/partnerships/new").with(user(belgium)).with(csrf())))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/partnerships/");
		return location.substring("/partnerships/".length());
	}

	private MockHttpServletRequestBuilder suggestion(String action, String email) {
		return post(action).with(csrf())
			.with(request -> {
				request.setRemoteAddr("10.0.20." + (int) (Math.random() * 200));
				return request;
			})
			.param("whatIsWrong", "The period is wrong.")
			.param("shouldSay", "It ran from 2019 to 2021.")
			.param("source", "https://example.org/report.pdf, page 4")
			.param("name", "Ana Reader")
			.param("organisation", "")
			.param("email", email)
			.param("website", "")
			.param("started", fillTime.startedAt(Instant.now().minusSeconds(10)));
	}

	private static String link(String body) {
		Matcher link = Pattern.compile("https?://[^\\s<\"]+?(/(account/inbox|corrections/[A-Za-z0-9_-]{22}))(?=[\\s<\"])").matcher(body);
		assertThat(link.find()).as("a link in the mail").isTrue();
		return link.group(1);
	}

}
