package io.ownership.core.catalog.imports;

import java.time.Clock;
import java.time.Instant;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.Asset;
import io.ownership.core.catalog.AssetRepository;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.Role;
import jakarta.transaction.Transactional;

/**
 * Imports teams, people, products and assets: a dry run reports what would happen to each
 * entry; applying does all of it in one transaction or nothing, and records every change
 * in the history with the import's origin as comment. Only security managers and
 * administrators import.
 */
@Transactional
public class ImportService {

	private final ImportPlanner planner;

	private final TeamRepository teams;

	private final PersonRepository people;

	private final ProductRepository products;

	private final AssetRepository assets;

	private final AuditLog audit;

	private final Clock clock;

	public ImportService(TeamRepository teams, PersonRepository people, ProductRepository products,
			AssetRepository assets, CatalogLookup lookup, AuditLog audit, Clock clock) {
		this.planner = new ImportPlanner(teams, people, products, assets, lookup);
		this.teams = teams;
		this.people = people;
		this.products = products;
		this.assets = assets;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What applying the batch would do now. Stores nothing, and holds no transaction open
	 * while it reads: each lookup reads on its own.
	 */
	@Transactional(Transactional.TxType.SUPPORTS)
	public ImportPlan dryRun(Actor actor, ImportBatch batch) {
		authorize(actor);
		return this.planner.plan(batch);
	}

	/**
	 * Plans the batch again and stores every created and updated record with its history
	 * entry. Refused, with nothing stored, when an entry is rejected or when the plan
	 * differs from the dry run the user saw.
	 * @param expectedFingerprint the {@link ImportPlan#fingerprint()} of the dry run
	 * shown, or null to apply whatever the plan is now
	 */
	public ImportPlan apply(Actor actor, ImportBatch batch, String expectedFingerprint) {
		authorize(actor);
		ImportPlan plan = this.planner.plan(batch);
		if (plan.hasRejections()) {
			throw new ImportRejectedException("import.refused.rejected", "Entries are rejected: nothing was imported",
					plan);
		}
		if (expectedFingerprint != null && !expectedFingerprint.equals(plan.fingerprint())) {
			throw new ImportRejectedException("import.refused.changed",
					"The catalog changed since the dry run: nothing was imported; review the new dry run", plan);
		}
		Instant now = this.clock.instant();
		for (ImportPlan.Write write : plan.writes()) {
			store(write);
			this.audit.record(auditEntry(actor, now, batch.origin(), write));
		}
		return plan;
	}

	private void store(ImportPlan.Write write) {
		Object aggregate = write.aggregate();
		if (aggregate instanceof Person person) {
			this.people.save(person);
		}
		else if (aggregate instanceof Team team) {
			this.teams.save(team);
		}
		else if (aggregate instanceof Product product) {
			this.products.save(product);
		}
		else {
			this.assets.save((Asset) aggregate);
		}
	}

	private static AuditEntry auditEntry(Actor actor, Instant now, String origin, ImportPlan.Write write) {
		PlanItem item = write.item();
		String type = switch (item.target()) {
			case "person" -> "Person";
			case "team" -> "Team";
			case "product" -> "Product";
			default -> "Asset";
		};
		Object aggregate = write.aggregate();
		Object id;
		if (aggregate instanceof Person person) {
			id = person.id();
		}
		else if (aggregate instanceof Team team) {
			id = team.id();
		}
		else if (aggregate instanceof Product product) {
			id = product.id();
		}
		else {
			id = ((Asset) aggregate).id();
		}
		String verb = write.created() ? "created" : "updated";
		AuditEntry.Builder entry = AuditEntry.of(now, actor.username(), "import." + item.target() + "." + verb)
			.entity(type, id)
			.summary(type + " " + item.ref().name() + " " + verb + " by " + origin + " (" + item.ref().location() + ")")
			.comment(origin);
		item.changes().forEach((change) -> entry.change(change.field(), change.before(), change.after()));
		return entry.build();
	}

	/**
	 * Refuses anyone but security managers and administrators.
	 */
	public static void authorize(Actor actor) {
		if (!actor.hasAny(Role.SECURITY_MANAGER, Role.ADMIN)) {
			throw new ForbiddenException("import.forbidden", "Only security managers and administrators import");
		}
	}

}
