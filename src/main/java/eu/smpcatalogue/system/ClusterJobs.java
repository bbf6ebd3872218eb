package eu.smpcatalogue.system;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Periodic work that must happen once per cluster, however many instances run: each instance asks on
 * its own schedule, and only the one whose single UPDATE moves the job's last run forward does it. The
 * database's clock decides, so instances whose clocks differ still agree.
 */
@Component
public class ClusterJobs {

	private final JdbcClient jdbc;

	ClusterJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether this instance should run the job now: true for exactly one of the instances asking within
	 * {@code minimumGap} of each other. Jobs are rows of {@code cluster_job} (see migration V10).
	 */
	public boolean claim(String job, Duration minimumGap) {
		return jdbc.sql("""
				UPDATE cluster_job SET last_run_at = now()
				WHERE name = :job AND (last_run_at IS NULL OR last_run_at <= now() - make_interval(secs => :gap))""")
			.param("job", job)
			.param("gap", minimumGap.toMillis() / 1000.0)
			.update() == 1;
	}

}
