package eu.smpcatalogue.system;

import java.time.Duration;

import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Removes expired sessions from the database every minute, on one instance of the cluster only.
 * Spring Session's own timer, which would run on every instance, is off
 * ({@code spring.session.jdbc.cleanup-cron=-}).
 */
@Component
@EnableScheduling
class ExpiredSessions {

	static final String JOB = "expired-sessions";

	private final JdbcIndexedSessionRepository sessions;

	private final ClusterJobs jobs;

	ExpiredSessions(JdbcIndexedSessionRepository sessions, ClusterJobs jobs) {
		this.sessions = sessions;
		this.jobs = jobs;
	}

	@Scheduled(cron = "${smp.session.cleanup-cron:0 * * * * *}")
	void removeExpired() {
		if (jobs.claim(JOB, Duration.ofSeconds(30))) {
			sessions.cleanUpExpiredSessions();
		}
	}

}
