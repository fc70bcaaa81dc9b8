package io.ownership.core.escalation;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ownership.core.action.ActionDirectory;
import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.notification.Notifier;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.PersonRef;
import io.ownership.core.responsibility.ProductResponsibilities;
import io.ownership.core.responsibility.Resolution;
import io.ownership.core.responsibility.TeamRef;
import io.ownership.core.risk.JobLock;
import io.ownership.core.risk.RiskJobs;
import jakarta.transaction.Transactional;

/**
 * The scheduled escalation: for each trigger's waiting items, the steps of the path the
 * trigger follows fall due one after the other, counted from when the item started
 * waiting (not from the last run, so a run after downtime catches up); each due step is
 * told once (in the app and by e-mail through the {@link Notifier}) to the party it
 * names, resolved for the item's product as the matrices resolve it. An escalation whose
 * item no longer waits closes. A run takes one database lock ({@link #LOCK}) so that
 * several instances do the work once; each item runs through the runner (in a transaction
 * of its own), so a failing item is logged and skipped.
 */
@Transactional
public class EscalationJob {

	public static final String LOCK = "escalation.job";

	private static final System.Logger logger = System.getLogger(EscalationJob.class.getName());

	private final List<EscalationTrigger> triggers;

	private final EscalationPathRepository paths;

	private final EscalationStore store;

	private final ProductResponsibilities responsibilities;

	private final EscalationDirectory directory;

	private final ActionDirectory people;

	private final Notifier notifier;

	private final JobLock lock;

	private final AuditLog audit;

	private final Clock clock;

	public EscalationJob(List<EscalationTrigger> triggers, EscalationPathRepository paths, EscalationStore store,
			ProductResponsibilities responsibilities, EscalationDirectory directory, ActionDirectory people,
			Notifier notifier, JobLock lock, AuditLog audit, Clock clock) {
		this.triggers = List.copyOf(triggers);
		this.paths = paths;
		this.store = store;
		this.responsibilities = responsibilities;
		this.directory = directory;
		this.people = people;
		this.notifier = notifier;
		this.lock = lock;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What one run did.
	 *
	 * @param ran false when another instance held the lock and this one did nothing
	 * @param told steps told in this run
	 * @param closed escalations closed in this run
	 * @param failed items logged and skipped
	 */
	public record Run(boolean ran, int told, int closed, int failed) {
	}

	/**
	 * Escalates what is due and closes what is resolved, each item through the runner.
	 */
	public Run run(RiskJobs.ItemRunner each) {
		if (!this.lock.tryLock(LOCK)) {
			return new Run(false, 0, 0, 0);
		}
		Instant now = this.clock.instant();
		ZoneId zone = this.clock.getZone();
		Map<String, EscalationPath> byTrigger = this.paths.byTrigger();
		int[] counts = new int[3];
		for (EscalationTrigger trigger : this.triggers) {
			Map<String, EscalationStore.Open> open = this.store.open(trigger.key());
			EscalationPath path = byTrigger.get(trigger.key());
			Set<String> waiting = new HashSet<>();
			for (WaitingItem item : trigger.waiting(now, zone)) {
				waiting.add(item.item());
				EscalationStore.Open escalation = open.get(item.item());
				if (path != null && hasDueStep(path, item, escalation, now, zone)) {
					run(each, counts, item.item(),
							() -> counts[0] += escalate(trigger, path, item, escalation, now, zone));
				}
			}
			open.forEach((item, escalation) -> {
				if (!waiting.contains(item)) {
					run(each, counts, item, () -> {
						close(trigger, escalation, now);
						counts[1]++;
					});
				}
			});
		}
		return new Run(true, counts[0], counts[1], counts[2]);
	}

	private static void run(RiskJobs.ItemRunner each, int[] counts, String item, Runnable work) {
		try {
			each.run(work);
		}
		catch (RuntimeException ex) {
			counts[2]++;
			logger.log(Level.WARNING, "Escalation skipped item " + item + ": " + ex, ex);
		}
	}

	/**
	 * Whether a step not yet told is due, or the item has no start of its own and its
	 * clock must start now.
	 */
	private static boolean hasDueStep(EscalationPath path, WaitingItem item, EscalationStore.Open escalation,
			Instant now, ZoneId zone) {
		if (escalation == null && item.since() == null) {
			return true;
		}
		int next = (escalation != null) ? escalation.lastStep() + 1 : 0;
		if (next >= path.steps().size()) {
			return false;
		}
		Instant start = (escalation != null) ? escalation.startedAt() : item.since();
		return !dueAt(path, next, start, zone).isAfter(now);
	}

	/** When a step falls due: each step's delay counts from the previous step's. */
	static Instant dueAt(EscalationPath path, int step, Instant start, ZoneId zone) {
		Instant due = start;
		for (int i = 0; i <= step; i++) {
			EscalationStep one = path.steps().get(i);
			due = one.unit().add(due, one.amount(), zone);
		}
		return due;
	}

	private int escalate(EscalationTrigger trigger, EscalationPath path, WaitingItem item, EscalationStore.Open known,
			Instant now, ZoneId zone) {
		EscalationStore.Open escalation = (known != null) ? known
				: this.store.start(trigger.key(), item, (item.since() != null) ? item.since() : now, now);
		int told = 0;
		for (int step = escalation.lastStep() + 1; step < path.steps().size(); step++) {
			Instant due = dueAt(path, step, escalation.startedAt(), zone);
			if (due.isAfter(now)) {
				break;
			}
			if (tell(trigger, path, item, escalation, step, due, now)) {
				told++;
			}
		}
		return told;
	}

	private boolean tell(EscalationTrigger trigger, EscalationPath path, WaitingItem item,
			EscalationStore.Open escalation, int step, Instant due, Instant now) {
		EscalationStep one = path.steps().get(step);
		List<PersonId> people = new ArrayList<>();
		List<TeamId> teams = new ArrayList<>();
		String party = party(one, item, people, teams);
		List<String> accounts = (people.isEmpty() && teams.isEmpty()) ? List.of()
				: this.directory.accountsOf(people, teams);
		if (!this.store.notice(escalation.id(), step, party, due, now, accounts)) {
			return false;
		}
		String waited = waited(escalation.startedAt(), now);
		String position = "step " + (step + 1) + " of " + path.steps().size();
		for (String account : accounts) {
			this.notifier.notify(account,
					"Escalated to you (" + position + "): " + item.title() + ", waiting for " + waited, item.link());
		}
		this.audit.record(entity(AuditEntry.of(now, "system", "escalation.raised"), item.product(), item.team())
			.summary("Escalated (" + position + ", " + trigger.label() + "): " + item.title() + " to " + party
					+ ((accounts.isEmpty()) ? ", who has no account to tell" : "") + ", waiting for " + waited)
			.change("escalatedTo", null, party)
			.build());
		return true;
	}

	private String party(EscalationStep step, WaitingItem item, List<PersonId> people, List<TeamId> teams) {
		if (step.person() != null) {
			people.add(step.person());
			return this.people.activeName(step.person()).orElse("a former person");
		}
		String role = EscalationStep.roleName(step.role());
		Resolution resolution;
		if (item.product() != null) {
			resolution = this.responsibilities.resolve(item.product(), step.role());
		}
		else if (step.role() == PartyRole.DEVELOPMENT_TEAM && item.team() != null) {
			teams.add(item.team());
			return role;
		}
		else {
			return role + " (nobody for an item without a product)";
		}
		resolution.people().stream().map(PersonRef::id).forEach(people::add);
		resolution.teams().stream().map(TeamRef::id).forEach(teams::add);
		return (resolution.outcome() == Resolution.Outcome.RESOLVED) ? role + " (" + resolution.names() + ")"
				: role + " (nobody)";
	}

	private void close(EscalationTrigger trigger, EscalationStore.Open escalation, Instant now) {
		this.store.close(escalation.id(), now);
		this.audit
			.record(entity(AuditEntry.of(now, "system", "escalation.closed"), escalation.product(), escalation.team())
				.summary("Escalation closed (" + trigger.label() + " resolved): " + escalation.title() + ", after "
						+ waited(escalation.startedAt(), now))
				.build());
	}

	private static AuditEntry.Builder entity(AuditEntry.Builder entry, ProductId product, TeamId team) {
		return (product != null) ? entry.entity("Product", product)
				: (team != null) ? entry.entity("Team", team) : entry;
	}

	/** How long, as a person reads it: "3 days 4 hours", "5 hours". */
	public static String waited(Instant from, Instant to) {
		Duration waited = Duration.between(from, to);
		long days = waited.toDays();
		long hours = waited.toHoursPart();
		String h = hours + ((hours == 1) ? " hour" : " hours");
		return (days > 0) ? days + ((days == 1) ? " day " : " days ") + h : h;
	}

}
