package eu.smpcatalogue.verification;

import java.time.LocalDate;
import java.time.ZoneOffset;

import eu.smpcatalogue.CatalogueTest;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import eu.smpcatalogue.mail.OutboxSender;
import eu.smpcatalogue.mail.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A verification round from end to end, on the real database and a real SMTP server in this JVM: an
 * administrator opens it for Luxembourg, its contact point is mailed and checks two entries, the round's
 * page counts them, and it becomes public when closed. Rounds and checks made here are removed after.
 */
@CatalogueTest
class RoundsTest {

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
	OutboxSender sender;

	@Autowired
	Rounds rounds;

	private Editor administrator;

	private Editor luxembourg;

	private String address;

	@BeforeEach
	void accounts() throws Exception {
		sender.sendDue();
		TestMailServer.SMTP.purgeEmailFromAllMailboxes();
		administrator = TestEditors.administrator(accounts);
		luxembourg = TestEditors.contactPoint(accounts, "LU");
		address = luxembourg.getUsername() + "@emn.example.lu";
		jdbc.sql("UPDATE account SET email = ? WHERE id = ?").params(address, luxembourg.accountId()).update();
	}

	@AfterEach
	void forget() {
		jdbc.sql("UPDATE account SET email = NULL WHERE id = ?").param(luxembourg.accountId()).update();
		jdbc.sql("DELETE FROM verification WHERE account_id = ?").param(luxembourg.accountId()).update();
		jdbc.sql("DELETE FROM verification_round").update();
	}

	@Test
	void aRoundIsOpenedTwoEntriesAreCheckedAndItsPageCountsThem() throws Exception {
		LocalDate deadline = LocalDate.now(ZoneOffset.UTC).plusDays(20);
		MockHttpServletResponse opened = mvc.perform(post("/admin/rounds").with(user(administrator))
			.with(csrf())
			.param("name", "Spring check 2027")
			.param("deadline", deadline.toString())
			.param("countries", "LU")).andReturn().getResponse();
		assertThat(opened.getRedirectedUrl()).startsWith("/rounds/");
		String roundPage = opened.getRedirectedUrl();

		sender.sendDue();
		MimeMessage mail = onlyMailTo(address);
		assertThat(mail.getSubject()).startsWith("Verification round \"Spring check 2027\": please check your entries by");
		assertThat(text(mail)).contains("/account/rounds");

		// Luxembourg's entries: the partnerships it reports, those of which it is a destination when no
		// country reports them, and its own answer.
		long total = jdbc.sql("""
				SELECT (SELECT count(*) FROM partnership p WHERE NOT p.retired AND (p.reporting_country = 'LU'
				        OR (p.reporting_country IS NULL AND p.id IN (SELECT partnership_id FROM partnership_destination_country
				                                                     WHERE country_code = 'LU')))) + 1""").query(Long.class).single();
		Document toCheck = page("/account/rounds", luxembourg);
		assertThat(toCheck.select("h2").text()).isEqualTo("Spring check 2027");
		assertThat(toCheck.select("tbody tr")).hasSize((int) total);
		assertThat(toCheck.select("tbody tr td:nth-child(3)").eachText()).containsOnly("Left to check");

		String slug = jdbc.sql("SELECT slug FROM partnership WHERE reporting_country = 'LU' AND NOT retired LIMIT 1")
			.query(String.class)
			.single();
		mvc.perform(post("/partnerships/" + slug + "/verified").with(user(luxembourg)).with(csrf()));
		mvc.perform(post("/countries/LU/verified").with(user(luxembourg)).with(csrf()));

		assertThat(page("/account/rounds", luxembourg).select("tbody tr td:nth-child(3)").eachText())
			.filteredOn("Checked in this round"::equals)
			.hasSize(2);
		Document round = page(roundPage, administrator);
		assertThat(round.select("p.lead").text()).isEqualTo("2 of " + total + " entries checked.");
		assertThat(round.select("table.round-progress tbody tr").text()).contains("Luxembourg", "2 of " + total);
		assertThat(round.select("svg.round-chart text.value").text()).isEqualTo("2/" + total);

		// While it runs, readers do not see it; closed, it is public, in French too.
		assertThat(mvc.perform(get(roundPage)).andReturn().getResponse().getStatus()).isEqualTo(404);
		mvc.perform(post("/admin/rounds/" + roundPage.substring("/rounds/".length()) + "/close").with(user(administrator)).with(csrf()));
		assertThat(mvc.perform(get(roundPage)).andReturn().getResponse().getStatus()).isEqualTo(200);
		Document french = Jsoup.parse(mvc.perform(get(roundPage + "?lang=fr")).andReturn().getResponse().getContentAsString());
		assertThat(french.select("p.lead").text()).isEqualTo("2 fiches vérifiées sur " + total + ".");
		assertThat(french.select("table.round-progress caption").text()).isEqualTo("Fiches vérifiées, par pays");
	}

	@Test
	void aRoundThreeDaysFromItsDeadlineRemindsThoseWithEntriesLeftOnce() throws Exception {
		long id = rounds.open("Short round", LocalDate.now(ZoneOffset.UTC).plusDays(2), java.util.List.of("LU"), "Test");
		sender.sendDue();
		TestMailServer.SMTP.purgeEmailFromAllMailboxes();
		assertThat(rounds.remindOfDeadlines()).isEqualTo(1);
		assertThat(rounds.remindOfDeadlines()).isZero();
		sender.sendDue();
		assertThat(onlyMailTo(address).getSubject())
			.isEqualTo("Three days left in the verification round \"Short round\"");
		assertThat(rounds.find(id)).isPresent();
	}

	@Test
	void theFormSaysWhatIsMissingBeforeAnythingIsStored() throws Exception {
		MockHttpServletResponse refused = mvc.perform(post("/admin/rounds").with(user(administrator))
			.with(csrf())
			.param("name", " ")
			.param("deadline", "2001-01-01")
			.param("countries", "ZZ")).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.getContentAsString()).select(".error-summary li").eachText())
			.contains("This field is required.", "Choose a deadline from today to 2100.", "Choose countries from the list.");
		MockHttpServletResponse noDate = mvc.perform(post("/admin/rounds").with(user(administrator))
			.with(csrf())
			.param("name", "A round")
			.param("deadline", "next spring")).andReturn().getResponse();
		assertThat(Jsoup.parse(noDate.getContentAsString()).select(".error-summary li").eachText())
			.contains("Choose at least one country.", "Give the deadline as a date, such as 2027-03-31.");
		assertThat(jdbc.sql("SELECT count(*) FROM verification_round").query(Long.class).single()).isZero();
	}

	private Document page(String path, Editor editor) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(user(editor))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
