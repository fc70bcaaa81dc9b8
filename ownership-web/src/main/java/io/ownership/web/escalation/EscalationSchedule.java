package io.ownership.web.escalation;

import io.ownership.core.escalation.EscalationJob;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the escalation job every ten minutes by default
 * ({@code ownership.escalation.jobs-cron}): the run holds the job's database lock in its
 * own transaction, each item is escalated or closed in a transaction of its own.
 */
@Component
public class EscalationSchedule {

	private static final Log logger = LogFactory.getLog(EscalationSchedule.class);

	private final EscalationJob job;

	private final TransactionTemplate run;

	private final TransactionTemplate item;

	EscalationSchedule(EscalationJob job, PlatformTransactionManager transactions) {
		this.job = job;
		this.run = new TransactionTemplate(transactions);
		this.item = new TransactionTemplate(transactions);
		this.item.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Scheduled(cron = "${ownership.escalation.jobs-cron:0 */10 * * * *}", zone = "UTC")
	void scheduled() {
		run(this.job);
	}

	/**
	 * Runs the given job (the application's, or a test's with its own clock) as the
	 * schedule does.
	 */
	public EscalationJob.Run run(EscalationJob escalations) {
		EscalationJob.Run result = this.run
			.execute((status) -> escalations.run((work) -> this.item.executeWithoutResult((itemStatus) -> work.run())));
		if (result.told() > 0 || result.closed() > 0 || result.failed() > 0) {
			logger.info("Escalations: " + result.told() + " steps told, " + result.closed() + " closed, "
					+ result.failed() + " skipped (see the warnings above)");
		}
		return result;
	}

}
