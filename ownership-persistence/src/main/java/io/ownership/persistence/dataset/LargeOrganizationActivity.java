package io.ownership.persistence.dataset;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import static io.ownership.persistence.dataset.LargeOrganization.ASSETS;
import static io.ownership.persistence.dataset.LargeOrganization.PRODUCTS;
import static io.ownership.persistence.dataset.LargeOrganization.RISKS;
import static io.ownership.persistence.dataset.LargeOrganization.TEAMS;
import static io.ownership.persistence.dataset.LargeOrganization.USE_CASES;
import static io.ownership.persistence.dataset.LargeOrganization.id;
import static io.ownership.persistence.dataset.LargeOrganization.owningTeam;

/**
 * What the large organization does besides owning and risking: security incidents with
 * their assets, risks and post-mortems, teams' reviews and retrospectives, suggestions,
 * follow-up actions from post-mortems and reviews, escalation paths, and the security
 * gate's check runs, findings and evaluations, so that their pages measure real rows.
 * Rows are derived from a fixed seed (the same seed, the same rows and identifiers) and
 * returned per table in the order they must be loaded; no database is needed to make
 * them.
 */
final class LargeOrganizationActivity {

	static final int INCIDENTS = 3_000;

	static final int REVIEWS_PER_TEAM = 8;

	static final int SUGGESTIONS = 1_200;

	static final int CHECK_KINDS_PER_PRODUCT = 2;

	static final int FINDINGS_PER_RUN = 4;

	static final int EVALUATIONS_PER_PRODUCT = 15;

	/** Use cases with an escalation path, one trigger each. */
	static final String[] TRIGGERS = { "acceptance.pending", "treatment.overdue", "acceptance.expired",
			"risk.undecided", "riskOwner.vacant", "action.overdue", "incident.noPostMortem" };

	/** The benchmark's accounts, who submit and decide suggestions. */
	private static final String[] SUBMITTERS = { "bench-member", "bench-po", "bench-admin", "bench-auditor" };

	private static final String[] SEVERITIES = { "LOW", "MEDIUM", "HIGH", "CRITICAL" };

	private static final String[] TOPICS = { "USE_CASE", "TRAINING", "TOOLS", "GUARDRAILS", "OTHER" };

	private static final String[] LEVELS = { "LOW", "MEDIUM", "HIGH", "CRITICAL" };

	private final Map<String, Table> tables = new LinkedHashMap<>();

	private final SplittableRandom random;

	private final Instant now;

	private final LocalDate today;

	private LargeOrganizationActivity(long seed, Instant now) {
		this.random = new SplittableRandom(seed);
		this.now = now;
		this.today = now.atOffset(ZoneOffset.UTC).toLocalDate();
	}

	/**
	 * The rows of every table, by table name, in the order of loading.
	 */
	static Map<String, Table> rows(long seed, Instant now) {
		LargeOrganizationActivity activity = new LargeOrganizationActivity(seed, now);
		activity.incidents();
		activity.reviews();
		activity.suggestions();
		activity.escalationPaths();
		activity.gate();
		return activity.tables;
	}

	/** A table's columns (as COPY names them) and rows. */
	record Table(String columns, List<Object[]> rows) {

		int column(String name) {
			return List.of(this.columns.split(",")).indexOf(name);
		}

	}

	private Table table(String name, String columns) {
		return this.tables.computeIfAbsent(name, (key) -> new Table(columns, new ArrayList<>()));
	}

	/**
	 * A person of the team: its members are the people whose number is the team's modulo.
	 */
	private static UUID member(int team, int k) {
		return id("person", team + TEAMS * (k % 15));
	}

	/**
	 * Incidents on business services and platforms over two years, most of them resolved
	 * or closed; each touches one asset and one risk of its product; two thirds of the
	 * resolved and closed ones have a post-mortem with two follow-up actions.
	 */
	private void incidents() {
		Table incidents = table("security_incident",
				"id,product_id,title,description,severity,status,detected_at,contained_at,resolved_at,reported_by,version");
		Table assets = table("security_incident_asset", "incident_id,asset_id");
		Table risks = table("security_incident_risk", "incident_id,risk_id");
		Table postMortems = table("post_mortem",
				"incident_id,timeline,contributing_factors,went_well,use_case_id,activity_id,activity_name,written_by,version");
		for (int i = 0; i < INCIDENTS; i++) {
			int product = 300 + i % (PRODUCTS - 300);
			int roll = this.random.nextInt(100);
			String status = (roll < 8) ? "OPEN" : (roll < 18) ? "CONTAINED" : (roll < 45) ? "RESOLVED" : "CLOSED";
			Instant detected = this.now.minus(Duration.ofHours(2 + this.random.nextInt(730 * 24)));
			Instant contained = status.equals("OPEN") ? null
					: min(detected.plus(Duration.ofHours(1 + this.random.nextInt(72))), this.now);
			Instant resolved = (status.equals("RESOLVED") || status.equals("CLOSED"))
					? min(contained.plus(Duration.ofHours(1 + this.random.nextInt(240))), this.now) : null;
			UUID incident = id("incident", i);
			String severity = SEVERITIES[this.random.nextInt(SEVERITIES.length)];
			incidents.rows()
				.add(new Object[] { incident, id("product", product),
						"Generated incident " + i + " of product " + product, "Generated for benchmarks.", severity,
						status, detected, contained, resolved, "bench-manager", 0 });
			assets.rows()
				.add(new Object[] { incident,
						id("asset", product + PRODUCTS * this.random.nextInt(ASSETS / PRODUCTS)) });
			risks.rows()
				.add(new Object[] { incident, id("risk", product + PRODUCTS * this.random.nextInt(RISKS / PRODUCTS)) });
			if (resolved != null && i % 3 != 0) {
				int useCase = i % USE_CASES;
				int activity = i % LargeOrganization.ACTIVITIES;
				postMortems.rows()
					.add(new Object[] { incident, "Detected, contained, resolved.",
							"A check that did not run on generated incident " + i, "The team answered quickly",
							id("useCase", useCase), id("activity", useCase * 100 + activity),
							"Activity " + (activity + 1) + " of use case " + useCase, "bench-manager", 0 });
				LocalDate written = resolved.atOffset(ZoneOffset.UTC).toLocalDate();
				for (int k = 0; k < 2; k++) {
					action(owningTeam(product), written, "POST_MORTEM", incident.toString(),
							"Generated incident " + i + " of product " + product);
				}
			}
		}
	}

	/**
	 * Every team's reviews and retrospectives of the last two years, three participants
	 * each; every other one with a follow-up action.
	 */
	private void reviews() {
		Table reviews = table("team_review", "id,team_id,kind,held_on,notes,created_by,version");
		Table participants = table("team_review_participant", "review_id,person_id");
		int n = 0;
		for (int team = 0; team < TEAMS; team++) {
			for (int k = 0; k < REVIEWS_PER_TEAM; k++) {
				UUID review = id("review", n);
				String kind = (k % 2 == 0) ? "SECURITY_REVIEW" : "RETROSPECTIVE";
				LocalDate held = this.today.minusDays(1 + k * 90L + this.random.nextInt(60));
				reviews.rows()
					.add(new Object[] { review, id("team", team), kind, held, "Generated notes of review " + n,
							"bench-manager", 0 });
				for (int p = 0; p < 3; p++) {
					participants.rows().add(new Object[] { review, member(team, k + p) });
				}
				if (k % 2 == 0) {
					action(team, held, "REVIEW", review.toString(),
							(kind.equals("SECURITY_REVIEW") ? "Security review" : "Retrospective") + " of " + held);
				}
				n++;
			}
		}
	}

	/**
	 * A follow-up action of the team from a post-mortem or a review written on the day.
	 */
	private void action(int team, LocalDate from, String kind, String reference, String label) {
		Table actions = table("follow_up_action",
				"id,team_id,title,owner_id,due_on,status,done_on,source_kind,source_ref,source_label,created_by,version");
		int n = actions.rows().size();
		LocalDate due = from.plusDays(14 + this.random.nextInt(60));
		int roll = this.random.nextInt(10);
		String status = (roll < 5) ? "DONE" : (roll < 6) ? "CANCELLED" : "OPEN";
		LocalDate done = status.equals("DONE") ? min(due.minusDays(this.random.nextInt(14)), this.today) : null;
		actions.rows()
			.add(new Object[] { id("action", n), id("team", team), "Generated action " + n, member(team, n), due,
					status, done, kind, reference, label, "bench-manager", 0 });
	}

	/** Suggestions of the benchmark's accounts, a third still waiting for a decision. */
	private void suggestions() {
		Table suggestions = table("suggestion",
				"id,submitted_by,topic,title,body,status,reason,decided_by,submitted_at,decided_at,version");
		for (int s = 0; s < SUGGESTIONS; s++) {
			Instant submitted = this.now.minus(Duration.ofHours(1 + this.random.nextInt(500 * 24)));
			int roll = this.random.nextInt(3);
			String status = (roll == 0) ? "SUBMITTED"
					: new String[] { "ACCEPTED", "DECLINED", "DONE" }[this.random.nextInt(3)];
			boolean decided = !status.equals("SUBMITTED");
			suggestions.rows()
				.add(new Object[] { id("suggestion", s), SUBMITTERS[s % SUBMITTERS.length],
						TOPICS[this.random.nextInt(TOPICS.length)], "Generated suggestion " + s,
						"Generated for benchmarks.", status, status.equals("DECLINED") ? "Not this year" : null,
						decided ? "bench-manager" : null, submitted,
						decided ? min(submitted.plus(Duration.ofDays(1 + this.random.nextInt(20))), this.now) : null,
						0 });
		}
	}

	/**
	 * An escalation path on each of the first use cases, one trigger each: the
	 * development team after a day, the product owner after two working days, then a
	 * person.
	 */
	private void escalationPaths() {
		Table paths = table("escalation_path", "use_case_id,version");
		Table steps = table("escalation_path_step", "use_case_id,position,party_role,person_id,amount,unit");
		Table triggers = table("escalation_path_trigger", "trigger,use_case_id");
		for (int u = 0; u < TRIGGERS.length; u++) {
			UUID useCase = id("useCase", u);
			paths.rows().add(new Object[] { useCase, 0 });
			steps.rows().add(new Object[] { useCase, 0, "DEVELOPMENT_TEAM", null, 24, "HOURS" });
			steps.rows().add(new Object[] { useCase, 1, "PRODUCT_OWNER", null, 2, "WORKING_DAYS" });
			steps.rows().add(new Object[] { useCase, 2, null, id("person", 20 + u), 3, "WORKING_DAYS" });
			triggers.rows().add(new Object[] { TRIGGERS[u], useCase });
		}
	}

	/**
	 * Each product's latest static analysis and dependency scan of its main artifact,
	 * with findings, and its pipeline's gate evaluations of the last 30 days (numbered by
	 * the database; the latest one becomes the product's state once loaded).
	 */
	private void gate() {
		Table runs = table("check_run", "id,product_id,artifact_name,artifact_version,commit_sha,check_kind,tool,"
				+ "format,reported_at,reported_by,finding_count");
		Table findings = table("check_finding", "run_id,position,finding_id,title,level,rank,location");
		Table evaluations = table("gate_evaluation",
				"product_id,artifact,environment,decision,mode,reasons,warnings,evaluated_at,token_name");
		for (int p = 0; p < PRODUCTS; p++) {
			String artifact = String.format("product-%04d-app", p);
			for (int k = 0; k < CHECK_KINDS_PER_PRODUCT; k++) {
				UUID run = id("checkRun", p * CHECK_KINDS_PER_PRODUCT + k);
				boolean sast = k == 0;
				runs.rows()
					.add(new Object[] { run, id("product", p), artifact, "1." + (p % 7), null, sast ? "SAST" : "SCA",
							sast ? "semgrep" : "trivy", sast ? "SARIF" : "CYCLONEDX",
							this.now.minus(Duration.ofHours(1 + this.random.nextInt(72))), "generated pipeline",
							FINDINGS_PER_RUN });
				for (int f = 0; f < FINDINGS_PER_RUN; f++) {
					int rank = 1 + this.random.nextInt(LEVELS.length);
					findings.rows()
						.add(new Object[] { run, f,
								sast ? "rule-" + (f + p % 50) : "CVE-2026-" + (1000 + (p + f) % 900),
								"Generated finding " + f, LEVELS[rank - 1], rank,
								sast ? "src/main/App" + f + ".java" : null });
				}
			}
			for (int e = 0; e < EVALUATIONS_PER_PRODUCT; e++) {
				boolean fails = this.random.nextInt(5) == 0;
				Instant at = this.now
					.minus(Duration.ofMinutes(30L * 24 * 60 * (EVALUATIONS_PER_PRODUCT - e) / EVALUATIONS_PER_PRODUCT
							- this.random.nextInt(60)));
				String reasons = fails ? "OPEN_RISK\t/risks/" + id("risk", p) + "\tGenerated risk " + p + " of product "
						+ p + " is open at a level the policy does not allow" : "";
				evaluations.rows()
					.add(new Object[] { id("product", p), artifact + " 1." + (p % 7), "production",
							fails ? "FAIL" : "PASS", "ENFORCE", reasons, "", at, "generated pipeline" });
			}
		}
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
