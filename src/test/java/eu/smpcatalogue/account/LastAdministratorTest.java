package eu.smpcatalogue.account;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import eu.smpcatalogue.CatalogueTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The catalogue always keeps an active administrator: the last one can neither be disabled nor made a
 * contact point, by themselves or by two administrators disabling each other at the same moment.
 * The other administrators that earlier tests created are set aside for the purpose (in the test's
 * transaction, or given back afterwards).
 */
@CatalogueTest
class LastAdministratorTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@PersistenceContext
	EntityManager entityManager;

	@Test
	@Transactional
	void theLastAdministratorCanNeitherBeDisabledNorDemoted() throws Exception {
		Editor last = TestEditors.administrator(accounts);
		setAsideAdministratorsOtherThan(List.of(last.accountId()));

		MockHttpServletResponse disabled = mvc.perform(post("/admin/accounts/{id}/disable", last.accountId()).with(user(last))
			.with(csrf())).andReturn().getResponse();
		assertThat(disabled.getStatus()).isEqualTo(409);
		assertThat(disabled.getContentAsString())
			.contains("This is the last active administrator: it cannot be disabled or made a contact point.");

		MockHttpServletResponse demoted = mvc.perform(post("/admin/accounts/{id}", last.accountId()).with(user(last))
			.with(csrf())
			.param("lang", "fr")
			.param("displayName", "No longer an administrator")
			.param("role", "CONTACT_POINT")
			.param("countryCode", "IE")).andReturn().getResponse();
		assertThat(demoted.getStatus()).isEqualTo(409);
		assertThat(demoted.getContentAsString())
			.contains("C’est le dernier administrateur actif : il ne peut être ni désactivé ni devenir point de contact.");

		assertThat(state(last.accountId())).isEqualTo("ADMINISTRATOR true Test " + last.getUsername());
	}

	@Test
	@Transactional
	void anotherAdministratorCanStillBeDisabled() throws Exception {
		Editor one = TestEditors.administrator(accounts);
		Editor other = TestEditors.administrator(accounts);
		setAsideAdministratorsOtherThan(List.of(one.accountId(), other.accountId()));
		assertThat(mvc.perform(post("/admin/accounts/{id}/disable", other.accountId()).with(user(one)).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/admin/accounts/" + other.accountId());
		assertThat(state(other.accountId())).startsWith("ADMINISTRATOR false");
	}

	@Test
	void twoAdministratorsDisablingEachOtherAtOnceLeaveOne() throws Exception {
		for (int round = 0; round < 5; round++) {
			Editor first = TestEditors.administrator(accounts);
			Editor second = TestEditors.administrator(accounts);
			List<Long> setAside = setAsideAdministratorsOtherThan(List.of(first.accountId(), second.accountId()));
			try {
				CyclicBarrier together = new CyclicBarrier(2);
				ExecutorService threads = Executors.newFixedThreadPool(2);
				try {
					Future<Integer> firstDisablesSecond = threads.submit(disable(first, second, together));
					Future<Integer> secondDisablesFirst = threads.submit(disable(second, first, together));
					assertThat(List.of(firstDisablesSecond.get(30, TimeUnit.SECONDS), secondDisablesFirst.get(30, TimeUnit.SECONDS)))
						.as("one is disabled, the other refused").containsExactlyInAnyOrder(302, 409);
				}
				finally {
					threads.shutdownNow();
				}
				assertThat(jdbc.sql("SELECT count(*) FROM account WHERE role = 'ADMINISTRATOR' AND enabled")
					.query(Long.class)
					.single()).isEqualTo(1);
			}
			finally {
				jdbc.sql("UPDATE account SET enabled = true WHERE id IN (:ids)").param("ids", setAside).update();
				jdbc.sql("UPDATE account SET enabled = false WHERE id IN (?, ?)").params(first.accountId(), second.accountId()).update();
			}
		}
	}

	private Callable<Integer> disable(Editor who, Editor whom, CyclicBarrier together) {
		return () -> {
			together.await(10, TimeUnit.SECONDS);
			return mvc.perform(post("/admin/accounts/{id}/disable", whom.accountId()).with(user(who)).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
		};
	}

	/** Disables every other active administrator; answers who they were (at least one, so the list is never empty). */
	private List<Long> setAsideAdministratorsOtherThan(List<Long> kept) {
		List<Long> setAside = jdbc.sql("""
				UPDATE account SET enabled = false
				WHERE role = 'ADMINISTRATOR' AND enabled AND id NOT IN (:kept) RETURNING id""")
			.param("kept", kept)
			.query(Long.class)
			.list();
		return setAside.isEmpty() ? List.of(-1L) : setAside;
	}

	/** The account as stored, once the test's transaction has written what it holds. */
	private String state(long id) {
		entityManager.flush();
		return jdbc.sql("SELECT role || ' ' || enabled || ' ' || display_name FROM account WHERE id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

}
