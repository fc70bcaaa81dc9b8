package io.ownership.core.risk;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.notification.Notifier;
import jakarta.transaction.Transactional;

/**
 * The scheduled work of the acceptance workflow: expire acceptances whose date has passed
 * (the risk reopens) and remind risk owners once, some days before expiry. Both take one
 * database lock first ({@link #LOCK}), so that the work is done once even when several
 * instances of the application run it at the same time, and the two jobs never run
 * against each other. Each acceptance is one item: an item that fails (a stale version, a
 * state the data should not be in) is logged with its id and skipped, the others go on.
 */
@Transactional
public class RiskJobs {

	/**
	 * The one lock of the acceptance jobs, held until the run's transaction ends.
	 */
	public static final String LOCK = "risk.acceptance.jobs";

	private static final System.Logger logger = System.getLogger(RiskJobs.class.getName());

	private final RiskRepository risks;

	private final AcceptanceRepository acceptances;

	private final RiskAcceptanceStore store;

	private final RiskPeople people;

	private final Notifier notifier;

	private final JobLock lock;

	private final AuditLog audit;

	private final Clock clock;

	public RiskJobs(RiskRepository risks, AcceptanceRepository acceptances, RiskPeople people, Notifier notifier,
			JobLock lock, AuditLog audit, Clock clock) {
		this.risks = risks;
		this.acceptances = acceptances;
		this.store = new RiskAcceptanceStore(risks, acceptances);
		this.people = people;
		this.notifier = notifier;
		this.lock = lock;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Runs one item of a job. The scheduler runs each in a transaction of its own, so
	 * that a failing item undoes only itself; a test runs it in place.
	 */
	@FunctionalInterface
	public interface ItemRunner {

		void run(Runnable item);

	}

	/**
	 * What one run did.
	 *
	 * @param ran false when another instance held the lock and this one did nothing
	 * @param failed items logged and skipped
	 */
	public record Run(boolean ran, int expired, int reminded, int failed) {
	}

	/**
	 * Expires what is due, then sends the reminders due, each acceptance through the
	 * runner, all under the one lock.
	 */
	public Run run(int reminderDays, ItemRunner each) {
		if (!this.lock.tryLock(LOCK)) {
			return new Run(false, 0, 0, 0);
		}
		int[] failed = { 0 };
		int expired = expire(each, failed);
		int reminded = remind(reminderDays, each, failed);
		return new Run(true, expired, reminded, failed[0]);
	}

	/**
	 * Expires every active acceptance whose expiry date is before today, in the caller's
	 * transaction.
	 * @return how many expired in this run (0 when another instance holds the lock)
	 */
	public int expireDue() {
		return this.lock.tryLock(LOCK) ? expire(Runnable::run, new int[1]) : 0;
	}

	/**
	 * Tells each risk owner once that an active acceptance expires within the given
	 * number of days, in the caller's transaction.
	 * @return how many reminders were sent in this run
	 */
	public int remind(int daysBefore) {
		return this.lock.tryLock(LOCK) ? remind(daysBefore, Runnable::run, new int[1]) : 0;
	}

	private int expire(ItemRunner each, int[] failed) {
		int count = 0;
		for (AcceptanceId id : this.acceptances.findActiveExpiringBefore(LocalDate.now(this.clock))) {
			if (item("expiry", id, each, () -> expireOne(id), failed)) {
				count++;
			}
		}
		return count;
	}

	private int remind(int daysBefore, ItemRunner each, int[] failed) {
		int count = 0;
		for (AcceptanceId id : this.acceptances
			.findActiveUnremindedUntil(LocalDate.now(this.clock).plusDays(daysBefore))) {
			boolean[] sent = { false };
			if (item("reminder", id, each, () -> sent[0] = remindOne(id, daysBefore), failed) && sent[0]) {
				count++;
			}
		}
		return count;
	}

	private static boolean item(String job, AcceptanceId id, ItemRunner each, Runnable work, int[] failed) {
		try {
			each.run(work);
			return true;
		}
		catch (RuntimeException ex) {
			failed[0]++;
			logger.log(Level.WARNING, "Acceptance " + job + " skipped acceptance " + id + ": " + ex, ex);
			return false;
		}
	}

	private void expireOne(AcceptanceId id) {
		RiskAcceptances root = this.store.load(this.acceptances.findById(id).orElseThrow().risk());
		RiskAcceptance acceptance = root.expire(id, this.clock.instant());
		this.store.save(root);
		Risk risk = root.risk();
		this.audit.record(AuditEntry.of(this.clock.instant(), "system", "acceptance.expired")
			.entity("Risk", risk.id())
			.summary("Acceptance expired on " + acceptance.expiresOn() + "; the risk is open again: " + risk.title())
			.change("status", RiskStatus.ACCEPTED, risk.status())
			.build());
		recipient(acceptance)
			.ifPresent((recipient) -> this.notifier.notify(recipient, "Your acceptance of \"" + risk.title()
					+ "\" expired on " + acceptance.expiresOn() + "; the risk is open again", "/risks/" + risk.id()));
	}

	private boolean remindOne(AcceptanceId id, int daysBefore) {
		RiskAcceptance acceptance = this.acceptances.findById(id).orElseThrow();
		if (!acceptance.remindIfDue(daysBefore, this.clock.instant())) {
			return false;
		}
		this.acceptances.save(acceptance);
		Risk risk = this.risks.findById(acceptance.risk()).orElseThrow();
		recipient(acceptance).ifPresent(
				(recipient) -> this.notifier.notify(recipient, "Your acceptance of \"" + risk.title() + "\" expires on "
						+ acceptance.expiresOn() + ": renew it or treat the risk", "/risks/" + risk.id()));
		return true;
	}

	/**
	 * The account of the person who requested the acceptance, else the account that typed
	 * the request; none when both are gone (a vacant requester of generated or imported
	 * data), and then the job goes on without telling anyone.
	 */
	private Optional<String> recipient(RiskAcceptance acceptance) {
		Optional<String> requester = (acceptance.requester() != null) ? this.people.usernameOf(acceptance.requester())
				: Optional.empty();
		Optional<String> recipient = requester.or(() -> Optional.ofNullable(acceptance.requestedBy()));
		if (recipient.isEmpty()) {
			logger.log(Level.INFO, "Acceptance " + acceptance.id() + " has no requester to tell");
		}
		return recipient;
	}

}
