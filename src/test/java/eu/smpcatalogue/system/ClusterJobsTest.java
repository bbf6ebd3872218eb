package eu.smpcatalogue.system;

import java.time.Duration;
import java.util.UUID;

import eu.smpcatalogue.CatalogueTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A periodic job runs once per cluster: of the instances asking within the gap, only the first gets it. */
@CatalogueTest
class ClusterJobsTest {

	@Autowired
	ClusterJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyTheFirstInstanceToAskWithinTheGapRunsTheJob() {
		String job = "test-" + UUID.randomUUID();
		jdbc.sql("INSERT INTO cluster_job (name) VALUES (?)").param(job).update();

		assertThat(jobs.claim(job, Duration.ofMinutes(1))).isTrue();
		assertThat(jobs.claim(job, Duration.ofMinutes(1))).as("another instance, a moment later").isFalse();
		assertThat(jobs.claim(job, Duration.ZERO)).as("once the gap has passed").isTrue();
		assertThat(jobs.claim("no-such-job", Duration.ZERO)).isFalse();
	}

	@Test
	void expiredSessionsAreAJobOfTheCluster() {
		assertThat(jdbc.sql("SELECT count(*) FROM cluster_job WHERE name = ?").param(ExpiredSessions.JOB).query(Long.class).single())
			.isEqualTo(1);
	}

}
