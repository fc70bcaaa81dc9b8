package io.ownership.core.risk;

import java.time.Clock;
import java.time.LocalDate;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.notification.Notifier;
import jakarta.transaction.Transactional;

/**
 * The scheduled work of the acceptance workflow: expire acceptances whose date has passed
 * (the risk reopens) and remind risk owners once, some days before expiry. Each run takes
 * a database lock first, so that it does its work once even when several instances of the
 * application run it at the same time.
 */
@Transactional
public class RiskJobs {

	public static final String EXPIRY_LOCK = "risk.acceptance.expiry";

	public static final String REMINDER_LOCK = "risk.acceptance.reminders";

	private final RiskRepository risks;

	private final AcceptanceRepository acceptances;

	private final RiskPeople people;

	private final Notifier notifier;

	private final JobLock lock;

	private final AuditLog audit;

	private final Clock clock;

	public RiskJobs(RiskRepository risks, AcceptanceRepository acceptances, RiskPeople people, Notifier notifier,
			JobLock lock, AuditLog audit, Clock clock) {
		this.risks = risks;
		this.acceptances = acceptances;
		this.people = people;
		this.notifier = notifier;
		this.lock = lock;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Expires every active acceptance whose expiry date is before today.
	 * @return how many expired in this run (0 when another instance holds the lock)
	 */
	public int expireDue() {
		if (!this.lock.tryLock(EXPIRY_LOCK)) {
			return 0;
		}
		int count = 0;
		for (AcceptanceId id : this.acceptances.findActiveExpiringBefore(LocalDate.now(this.clock))) {
			RiskAcceptance acceptance = this.acceptances.findById(id).orElseThrow();
			Risk risk = this.risks.findById(acceptance.risk()).orElseThrow();
			acceptance.expire(risk, this.clock.instant());
			this.acceptances.save(acceptance);
			this.risks.save(risk);
			this.audit.record(AuditEntry.of(this.clock.instant(), "system", "acceptance.expired")
				.entity("Risk", risk.id())
				.summary(
						"Acceptance expired on " + acceptance.expiresOn() + "; the risk is open again: " + risk.title())
				.change("status", RiskStatus.ACCEPTED, risk.status())
				.build());
			this.notifier.notify(acceptance.requestedBy(), "Your acceptance of \"" + risk.title() + "\" expired on "
					+ acceptance.expiresOn() + "; the risk is open again", "/risks/" + risk.id());
			count++;
		}
		return count;
	}

	/**
	 * Tells each risk owner once that an active acceptance expires within the given
	 * number of days.
	 * @return how many reminders were sent in this run
	 */
	public int remind(int daysBefore) {
		if (!this.lock.tryLock(REMINDER_LOCK)) {
			return 0;
		}
		int count = 0;
		for (AcceptanceId id : this.acceptances
			.findActiveUnremindedUntil(LocalDate.now(this.clock).plusDays(daysBefore))) {
			RiskAcceptance acceptance = this.acceptances.findById(id).orElseThrow();
			if (!acceptance.remindIfDue(daysBefore, this.clock.instant())) {
				continue;
			}
			this.acceptances.save(acceptance);
			Risk risk = this.risks.findById(acceptance.risk()).orElseThrow();
			String recipient = this.people.usernameOf(acceptance.requester()).orElse(acceptance.requestedBy());
			this.notifier.notify(recipient, "Your acceptance of \"" + risk.title() + "\" expires on "
					+ acceptance.expiresOn() + ": renew it or treat the risk", "/risks/" + risk.id());
			count++;
		}
		return count;
	}

}
