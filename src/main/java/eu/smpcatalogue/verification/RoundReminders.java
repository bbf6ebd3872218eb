package eu.smpcatalogue.verification;

import java.time.Duration;

import eu.smpcatalogue.system.ClusterJobs;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every day, on one instance of the cluster: reminds the contact points of rounds three days from their deadline. */
@Component
class RoundReminders {

	static final String JOB = "round-reminders";

	private final Rounds rounds;

	private final ClusterJobs jobs;

	RoundReminders(Rounds rounds, ClusterJobs jobs) {
		this.rounds = rounds;
		this.jobs = jobs;
	}

	@Scheduled(cron = "${smp.mail.digest-cron:0 0 7 * * *}", zone = "UTC")
	void remind() {
		if (jobs.claim(JOB, Duration.ofHours(20))) {
			rounds.remindOfDeadlines();
		}
	}

}
