package io.ownership.web.risk;

import io.ownership.core.risk.RiskJobs;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the acceptance jobs: expiry, then reminders, hourly by default
 * ({@code ownership.risk.jobs-cron}). A run holds the jobs' one database lock in its own
 * transaction, so two instances never do the same work twice nor run the two jobs against
 * each other; each acceptance is handled in a transaction of its own, so a failing one is
 * logged and undoes only itself.
 */
@Component
class RiskSchedule {

	private static final Log logger = LogFactory.getLog(RiskSchedule.class);

	private final RiskJobs jobs;

	private final int reminderDays;

	private final TransactionTemplate run;

	private final TransactionTemplate item;

	RiskSchedule(RiskJobs jobs, @Value("${ownership.risk.reminder-days:14}") int reminderDays,
			PlatformTransactionManager transactions) {
		this.jobs = jobs;
		this.reminderDays = reminderDays;
		this.run = new TransactionTemplate(transactions);
		this.item = new TransactionTemplate(transactions);
		this.item.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Scheduled(cron = "${ownership.risk.jobs-cron:0 5 * * * *}", zone = "UTC")
	void scheduled() {
		run();
	}

	RiskJobs.Run run() {
		RiskJobs.Run result = this.run.execute((status) -> this.jobs.run(this.reminderDays,
				(work) -> this.item.executeWithoutResult((itemStatus) -> work.run())));
		if (result.expired() > 0 || result.reminded() > 0 || result.failed() > 0) {
			logger.info("Risk acceptances: " + result.expired() + " expired, " + result.reminded() + " reminders sent, "
					+ result.failed() + " skipped (see the warnings above)");
		}
		return result;
	}

}
