package io.ownership.web.risk;

import io.ownership.core.risk.RiskJobs;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the acceptance jobs: expiry and reminders, hourly by default
 * ({@code ownership.risk.jobs-cron}). Each run takes a database lock, so two instances
 * never do the same work twice.
 */
@Component
class RiskSchedule {

	private static final Log logger = LogFactory.getLog(RiskSchedule.class);

	private final RiskJobs jobs;

	private final int reminderDays;

	RiskSchedule(RiskJobs jobs, @Value("${ownership.risk.reminder-days:14}") int reminderDays) {
		this.jobs = jobs;
		this.reminderDays = reminderDays;
	}

	@Scheduled(cron = "${ownership.risk.jobs-cron:0 5 * * * *}", zone = "UTC")
	void run() {
		int expired = this.jobs.expireDue();
		int reminded = this.jobs.remind(this.reminderDays);
		if (expired > 0 || reminded > 0) {
			logger.info("Risk acceptances: " + expired + " expired, " + reminded + " reminders sent");
		}
	}

}
