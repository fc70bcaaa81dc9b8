package io.ownership.persistence.dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import io.ownership.core.account.PasswordHasher;
import io.ownership.core.shared.DatasetIds;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generates a large organization from a fixed seed: 200 teams, 3,000 people, 2,000
 * products with runs-on links, 20,000 assets and 100,000 risks, plus one account per role
 * for benchmarks, and their activity ({@link LargeOrganizationActivity}: incidents,
 * reviews, suggestions, follow-up actions, escalation paths, the gate's check runs and
 * evaluations). The same seed gives the same rows, identifiers included. Refuses to touch
 * a database that holds data it did not generate; adds the activity to an organization
 * generated before it existed.
 */
public final class LargeOrganization {

	public static final int TEAMS = 200;

	public static final int PEOPLE = 3_000;

	public static final int PRODUCTS = 2_000;

	public static final int ASSETS = 20_000;

	public static final int RISKS = 100_000;

	public static final int USE_CASES = 12;

	static final int ACTIVITIES = 20;

	public static final int ACCEPTANCES = 30_000;

	public static final int CHAMPIONS = 600;

	public static final int COURSES = 50;

	public static final int COMPLETIONS = 60_000;

	private static final String[] PARTY_ROLES = { "DEVELOPMENT_TEAM", "PLATFORM_TEAM", "PRODUCT_SECURITY_TEAM",
			"OPERATIONS", "RISK_OWNER", "SECURITY_CHAMPION" };

	private static final String[] ACCEPTANCE_STATES = { "ACTIVE", "EXPIRED", "PENDING", "REJECTED", "WITHDRAWN",
			"REVOKED", "SUPERSEDED" };

	static final int PLATFORMS = 200;

	static final int SECURITY_PRODUCTS = 100;

	private static final Log logger = LogFactory.getLog(LargeOrganization.class);

	/** The risk owner's decision behind each status but open. */
	private static final Map<String, String> DECISIONS = Map.of("IN_TREATMENT", "MITIGATE", "ACCEPTED", "ACCEPT",
			"TRANSFERRED", "TRANSFER", "AVOIDED", "AVOID", "CLOSED", "MITIGATE");

	private static final String[] RISK_SOURCES = { "VULNERABILITY", "THREAT_MODEL", "PEN_TEST", "AUDIT", "THIRD_PARTY",
			"INCIDENT", "OTHER" };

	private static final String[] PLATFORM_ASSETS = { "CLOUD_ENVIRONMENT", "KUBERNETES_CLUSTER", "CONTAINER_BASE_IMAGE",
			"REPOSITORY_HOSTING", "CICD_PIPELINE" };

	private static final String[] SERVICE_ASSETS = { "CODE_REPOSITORY", "CONFIGURATION", "DATA_STORE",
			"THIRD_PARTY_COMPONENT" };

	private static final String[] SECURITY_ASSETS = { "SECURITY_SERVICE", "SECURITY_TOOL", "REQUIREMENT_SET" };

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final PasswordHasher hasher;

	private final long seed;

	private final Instant now;

	public LargeOrganization(DataSource dataSource, PasswordHasher hasher, long seed, Instant now) {
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
		this.hasher = hasher;
		this.seed = seed;
		this.now = now;
	}

	/**
	 * Loads the organization unless it is there already.
	 * @param password the password of the benchmark accounts
	 * @return false when this seed's organization was already loaded
	 * @throws IllegalStateException when the database holds data that was not generated
	 */
	public boolean generate(String password) throws SQLException {
		Long generatedSeed = this.jdbc.sql("select seed from generated_dataset limit 1")
			.query(Long.class)
			.optional()
			.orElse(null);
		if (generatedSeed != null) {
			if (generatedSeed.longValue() != this.seed) {
				throw new IllegalStateException("This database holds the dataset of seed " + generatedSeed + ", not "
						+ this.seed + ": use another data directory or database");
			}
			if (activity()) {
				this.jdbc.sql("vacuum analyze").update();
				return true;
			}
			logger.info("The large organization of seed " + this.seed + " is already loaded: nothing to do");
			return false;
		}
		long existing = this.jdbc.sql("""
				select (select count(*) from team) + (select count(*) from person) + (select count(*) from product)
				     + (select count(*) from risk) + (select count(*) from user_account)
				""").query(Long.class).single();
		if (existing > 0) {
			throw new IllegalStateException("This database already holds " + existing
					+ " teams, people, products, risks or accounts that were not generated; the generator only "
					+ "loads into an empty database (use another data directory or database)");
		}
		long started = System.nanoTime();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			SplittableRandom random = new SplittableRandom(this.seed);
			teams(connection);
			people(connection);
			accounts(connection, password);
			products(connection, random);
			assets(connection, random);
			risks(connection, random);
			matrices(connection, random);
			acceptances(connection, random);
			champions(connection, random);
			training(connection, random);
			try (var statement = connection
				.prepareStatement("insert into generated_dataset (seed, generated_at, description) values (?, ?, ?)")) {
				statement.setLong(1, this.seed);
				statement.setObject(2, this.now.atOffset(ZoneOffset.UTC));
				statement.setString(3,
						"Large organization: " + TEAMS + " teams, " + PEOPLE + " people, " + PRODUCTS + " products, "
								+ ASSETS + " assets, " + RISKS + " risks, " + USE_CASES + " use cases, " + ACCEPTANCES
								+ " acceptances, " + CHAMPIONS + " champions, " + COURSES + " courses, " + COMPLETIONS
								+ " completions");
				statement.executeUpdate();
			}
			connection.commit();
		}
		activity();
		this.jdbc.sql("vacuum analyze").update();
		logger.info("Large organization of seed " + this.seed + " loaded in "
				+ Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
		return true;
	}

	/**
	 * Loads the organization's activity unless it is there (no incident yet: an
	 * organization generated before the activity was), in one transaction, from a seed of
	 * its own so that the rows generated before stay as they were.
	 * @return whether it was loaded now
	 */
	private boolean activity() throws SQLException {
		if (this.jdbc.sql("select exists (select 1 from security_incident)").query(Boolean.class).single()) {
			return false;
		}
		long started = System.nanoTime();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			for (Map.Entry<String, LargeOrganizationActivity.Table> table : LargeOrganizationActivity
				.rows(this.seed + 19, this.now)
				.entrySet()) {
				try (CopyTable copy = new CopyTable(connection, table.getKey(), table.getValue().columns())) {
					table.getValue().rows().forEach(copy::row);
				}
			}
			try (var states = connection.createStatement()) {
				states.executeUpdate("""
						insert into gate_state (product_id, evaluation_id, decision, evaluated_at)
						select distinct on (product_id) product_id, id, decision, evaluated_at from gate_evaluation
						order by product_id, evaluated_at desc, id desc
						on conflict (product_id) do nothing
						""");
			}
			connection.commit();
		}
		logger.info("Large organization of seed " + this.seed + ": activity (incidents, reviews, suggestions, "
				+ "actions, escalation paths, gate runs and evaluations) loaded in "
				+ Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
		return true;
	}

	static UUID id(String kind, int index) {
		return DatasetIds.id(kind, index);
	}

	static String teamKind(int team) {
		if (team < 20) {
			return "PLATFORM";
		}
		if (team < 30) {
			return "SECURITY";
		}
		if (team < 40) {
			return "OPERATIONS";
		}
		return (team < 190) ? "DEVELOPMENT" : "OTHER";
	}

	private void teams(Connection connection) throws SQLException {
		try (CopyTable teams = new CopyTable(connection, "team", "id,name,kind,description,version")) {
			for (int t = 0; t < TEAMS; t++) {
				teams.row(id("team", t), String.format("Team %03d %s", t, teamKind(t).toLowerCase()), teamKind(t),
						"Generated team " + t, 0);
			}
		}
	}

	private void people(Connection connection) throws SQLException {
		try (CopyTable people = new CopyTable(connection, "person", "id,name,email,active,account_id,version")) {
			for (int p = 0; p < PEOPLE; p++) {
				people.row(id("person", p), "Person " + p, "person" + p + "@large.example.org", p % 97 != 13, null, 0);
			}
		}
		try (CopyTable members = new CopyTable(connection, "team_member", "team_id,person_id,role")) {
			for (int p = 0; p < PEOPLE; p++) {
				members.row(id("team", p % TEAMS), id("person", p), (p < TEAMS) ? "Product owner" : "Engineer");
			}
		}
	}

	private void accounts(Connection connection, String password) throws SQLException {
		String hash = this.hasher.hash(password);
		String[][] accounts = { { "bench-admin", "ADMIN", null }, { "bench-manager", "SECURITY_MANAGER", null },
				{ "bench-po", "PRODUCT_OWNER", "0" }, { "bench-member", "TEAM_MEMBER", "200" },
				{ "bench-auditor", "AUDITOR", null } };
		try (CopyTable roles = new CopyTable(connection, "user_account_role", "account_id,role");
				CopyTable users = new CopyTable(connection, "user_account",
						"id,username,display_name,password_hash,active,failed_logins,created_at,version")) {
			for (String[] account : accounts) {
				UUID id = id("account", account[0].hashCode());
				users.row(id, account[0], account[0], hash, true, 0, this.now, 0);
				roles.row(id, account[1]);
			}
		}
		try (var link = connection.prepareStatement("update person set account_id = ? where id = ?")) {
			for (String[] account : accounts) {
				if (account[2] != null) {
					link.setObject(1, id("account", account[0].hashCode()));
					link.setObject(2, id("person", Integer.parseInt(account[2])));
					link.executeUpdate();
				}
			}
		}
	}

	static String productKind(int product) {
		if (product < PLATFORMS) {
			return "PLATFORM";
		}
		return (product < PLATFORMS + SECURITY_PRODUCTS) ? "SECURITY_SERVICE" : "BUSINESS_SERVICE";
	}

	static int owningTeam(int product) {
		if (product < PLATFORMS) {
			return product % 20;
		}
		if (product < PLATFORMS + SECURITY_PRODUCTS) {
			return 20 + product % 10;
		}
		return 40 + product % 150;
	}

	private void products(Connection connection, SplittableRandom random) throws SQLException {
		try (CopyTable products = new CopyTable(connection, "product",
				"id,name,kind,description,owning_team_id,product_owner_id,risk_owner_id,archived,version")) {
			for (int p = 0; p < PRODUCTS; p++) {
				int team = owningTeam(p);
				int owner = team + TEAMS * (p / TEAMS % 15);
				boolean vacantRiskOwner = p % 53 == 7;
				products.row(id("product", p), String.format("Product %04d", p), productKind(p),
						"Generated product " + p, id("team", team), id("person", owner),
						vacantRiskOwner ? null : id("person", owner), p % 211 == 5, 0);
			}
		}
		try (CopyTable runsOn = new CopyTable(connection, "product_runs_on", "product_id,platform_id");
				CopyTable history = new CopyTable(connection, "audit_event",
						"occurred_at,actor,action,entity_type,entity_id,summary")) {
			for (int p = 0; p < PRODUCTS; p++) {
				if (p >= PLATFORMS) {
					int first = random.nextInt(PLATFORMS);
					runsOn.row(id("product", p), id("product", first));
					if (random.nextInt(4) == 0) {
						runsOn.row(id("product", p), id("product", (first + 1) % PLATFORMS));
					}
				}
				history.row(this.now.minus(Duration.ofDays(400)), "generator", "product.created", "Product",
						id("product", p), "Product " + p + " created");
			}
		}
	}

	private void assets(Connection connection, SplittableRandom random) throws SQLException {
		try (CopyTable assets = new CopyTable(connection, "asset",
				"id,name,type,reference,classification,owner_product_id,external_owner,responsible_product_id,version")) {
			for (int a = 0; a < ASSETS; a++) {
				int product = a % PRODUCTS;
				String kind = productKind(product);
				String[] types = kind.equals("PLATFORM") ? PLATFORM_ASSETS
						: kind.equals("SECURITY_SERVICE") ? SECURITY_ASSETS : SERVICE_ASSETS;
				String type = types[random.nextInt(types.length)];
				String classification = type.equals("DATA_STORE")
						? ((random.nextInt(3) == 0) ? "CUSTOMER_DATA" : "CONFIDENTIAL") : null;
				boolean thirdParty = type.equals("THIRD_PARTY_COMPONENT");
				boolean gap = a % 401 == 17;
				assets.row(id("asset", a), String.format("asset-%05d-%s", a, type.toLowerCase().replace('_', '-')),
						type, "ref://asset/" + a, classification, (thirdParty || gap) ? null : id("product", product),
						thirdParty ? "Vendor " + (a % 40) : null, gap ? null : id("product", product), 0);
			}
		}
	}

	private void risks(Connection connection, SplittableRandom random) throws SQLException {
		LocalDate today = this.now.atOffset(ZoneOffset.UTC).toLocalDate();
		List<Object[]> riskAssetRows = new ArrayList<>(RISKS);
		try (CopyTable risks = new CopyTable(connection, "risk",
				"id,product_id,title,description,source,reference,likelihood,impact,score,level,"
						+ "affects_other_products,involves_customer_data,violates_requirement,status,"
						+ "decision,treatment_plan,treatment_due,identified_at,closed_at,decided_at,version")) {
			for (int r = 0; r < RISKS; r++) {
				int product = r % PRODUCTS;
				int likelihood = 1 + random.nextInt(5);
				int impact = 1 + random.nextInt(5);
				int score = likelihood * impact;
				String level = (score <= 4) ? "LOW" : (score <= 9) ? "MEDIUM" : (score <= 16) ? "HIGH" : "CRITICAL";
				int roll = random.nextInt(100);
				String status = (roll < 35) ? "OPEN" : (roll < 55) ? "IN_TREATMENT"
						: (roll < 75) ? "ACCEPTED" : (roll < 80) ? "TRANSFERRED" : (roll < 85) ? "AVOIDED" : "CLOSED";
				Instant identified = this.now.minus(Duration.ofDays(1 + random.nextInt(1_000)));
				Instant closed = null;
				if (status.equals("CLOSED") || status.equals("AVOIDED") || status.equals("TRANSFERRED")) {
					Instant candidate = identified.plus(Duration.ofDays(1 + random.nextInt(200)));
					closed = candidate.isBefore(this.now) ? candidate : this.now;
				}
				boolean treating = status.equals("IN_TREATMENT");
				Instant decided = decidedAt(r, status, level, identified, closed, this.now);
				risks.row(id("risk", r), id("product", product), "Generated risk " + r + " of product " + product,
						"Generated for benchmarks.", RISK_SOURCES[random.nextInt(RISK_SOURCES.length)], "GEN-" + r,
						likelihood, impact, score, level, random.nextInt(20) == 0, random.nextInt(8) == 0,
						random.nextInt(25) == 0, status, DECISIONS.get(status),
						treating ? "Fix in a coming sprint" : null,
						treating ? today.plusDays(random.nextInt(240) - 60) : null, identified, closed, decided, 0);
				riskAssetRows.add(new Object[] { id("risk", r),
						id("asset", product + PRODUCTS * random.nextInt(ASSETS / PRODUCTS)) });
			}
		}
		try (CopyTable riskAssets = new CopyTable(connection, "risk_asset", "risk_id,asset_id")) {
			riskAssetRows.forEach(riskAssets::row);
		}
	}

	/**
	 * The risk owner's first decision on a risk no longer open: sooner the higher the
	 * level (within 7, 21, 45 or 90 days of identification), never after its closure nor
	 * after now; none for an open risk. Derived from the risk's number rather than drawn,
	 * so that the other generated values stay as they were.
	 */
	static Instant decidedAt(int r, String status, String level, Instant identified, Instant closed, Instant now) {
		if (status.equals("OPEN")) {
			return null;
		}
		int within = switch (level) {
			case "CRITICAL" -> 7;
			case "HIGH" -> 21;
			case "MEDIUM" -> 45;
			default -> 90;
		};
		Instant decided = identified.plus(Duration.ofDays(1 + Math.floorMod(r * 7919, within)));
		Instant latest = (closed != null) ? closed : now;
		return decided.isAfter(latest) ? latest : decided;
	}

	/**
	 * Use cases with a published first version: 20 activities by 6 parties, each activity
	 * with one A and one or two R, applying to business services.
	 */
	private void matrices(Connection connection, SplittableRandom random) throws SQLException {
		Instant published = this.now.minus(Duration.ofDays(300));
		try (CopyTable cells = new CopyTable(connection, "matrix_cell", "activity_id,party_id,use_case_id,letter");
				CopyTable versionCells = new CopyTable(connection, "matrix_version_cell",
						"use_case_id,number,activity_id,party_id,letter");
				CopyTable versionParties = new CopyTable(connection, "matrix_version_party",
						"use_case_id,number,id,position,role,team_id,label");
				CopyTable versionActivities = new CopyTable(connection, "matrix_version_activity",
						"use_case_id,number,id,position,name,description");
				CopyTable versions = new CopyTable(connection, "matrix_version",
						"use_case_id,number,published_at,published_by");
				CopyTable parties = new CopyTable(connection, "matrix_party",
						"id,use_case_id,position,role,team_id,label");
				CopyTable activities = new CopyTable(connection, "matrix_activity",
						"id,use_case_id,position,name,description");
				CopyTable drafts = new CopyTable(connection, "matrix_draft",
						"use_case_id,revision,latest_version,changed_since_published");
				CopyTable kinds = new CopyTable(connection, "use_case_product_kind", "use_case_id,kind");
				CopyTable useCases = new CopyTable(connection, "use_case", "id,name,description,mandatory,version")) {
			for (int u = 0; u < USE_CASES; u++) {
				UUID useCase = id("useCase", u);
				useCases.row(useCase, String.format("Generated use case %02d", u), "Generated for benchmarks.", u < 2,
						0);
				kinds.row(useCase, "BUSINESS_SERVICE");
				drafts.row(useCase, ACTIVITIES + PARTY_ROLES.length, 1, false);
				versions.row(useCase, 1, published, "generator");
				for (int p = 0; p < PARTY_ROLES.length; p++) {
					UUID party = id("party", u * 100 + p);
					parties.row(party, useCase, p, PARTY_ROLES[p], null, null);
					versionParties.row(useCase, 1, party, p, PARTY_ROLES[p], null, null);
				}
				for (int a = 0; a < ACTIVITIES; a++) {
					UUID activity = id("activity", u * 100 + a);
					String name = "Activity " + (a + 1) + " of use case " + u;
					activities.row(activity, useCase, a, name, null);
					versionActivities.row(useCase, 1, activity, a, name, null);
					int accountable = random.nextInt(PARTY_ROLES.length);
					for (int p = 0; p < PARTY_ROLES.length; p++) {
						String letter = (p == accountable) ? "A" : (p == (accountable + 1) % PARTY_ROLES.length) ? "R"
								: new String[] { "R", "C", "I", null, null }[random.nextInt(5)];
						if (letter != null) {
							UUID party = id("party", u * 100 + p);
							cells.row(activity, party, useCase, letter);
							versionCells.row(useCase, 1, activity, party, letter);
						}
					}
				}
			}
		}
	}

	/**
	 * Acceptances in every state: active ones on accepted risks, pending ones on open
	 * risks, the rest decided in the past. Each has its request as first transition.
	 */
	private void acceptances(Connection connection, SplittableRandom random) throws SQLException {
		LocalDate today = this.now.atOffset(ZoneOffset.UTC).toLocalDate();
		List<String[]> risks = new ArrayList<>();
		this.jdbcOn(connection,
				"select id, product_id, status, title, likelihood, impact, score, level from risk order by id",
				(row) -> risks.add(row));
		int acceptedSeen = 0;
		int openSeen = 0;
		int closedSeen = 0;
		List<Object[]> transitionRows = new ArrayList<>(ACCEPTANCES);
		try (CopyTable acceptances = new CopyTable(connection, "risk_acceptance",
				"id,risk_id,product_id,requested_by,requested_at,justification,expires_on,status,autonomous,"
						+ "reasons,approvals_needed,version")) {
			int made = 0;
			for (String[] risk : risks) {
				if (made >= ACCEPTANCES) {
					break;
				}
				String state;
				if (risk[2].equals("ACCEPTED") && acceptedSeen++ < 14_000) {
					state = (acceptedSeen % 7 == 0) ? "EXPIRED" : "ACTIVE";
				}
				else if (risk[2].equals("OPEN") && openSeen++ < 6_000) {
					state = (openSeen % 2 == 0) ? "PENDING" : "REJECTED";
				}
				else if (risk[2].equals("CLOSED") && closedSeen++ < 10_000) {
					state = ACCEPTANCE_STATES[4 + closedSeen % 3];
				}
				else {
					continue;
				}
				UUID acceptance = id("acceptance", made++);
				Instant requested = this.now.minus(Duration.ofDays(1 + random.nextInt(300)));
				LocalDate expires = state.equals("EXPIRED") ? today.minusDays(1 + random.nextInt(60))
						: today.plusDays(1 + random.nextInt(170));
				boolean autonomous = !risk[7].equals("HIGH") && !risk[7].equals("CRITICAL");
				acceptances.row(acceptance, risk[0], risk[1], "generator", requested, "Generated for benchmarks.",
						expires, state, autonomous, autonomous ? "" : "LEVEL_ABOVE_AUTONOMY_LIMIT",
						risk[7].equals("CRITICAL") ? 2 : (autonomous ? 0 : 1), 0);
				transitionRows.add(
						new Object[] { acceptance, 0, null, autonomous ? "ACTIVE" : "PENDING", "REQUESTED", "generator",
								requested, risk[3], risk[4], risk[5], risk[6], risk[7], false, false, false, risk[2] });
			}
		}
		try (CopyTable transitions = new CopyTable(connection, "risk_acceptance_transition",
				"acceptance_id,position,from_status,to_status,action,actor,occurred_at,risk_title,risk_likelihood,"
						+ "risk_impact,risk_score,risk_level,affects_other_products,involves_customer_data,"
						+ "violates_requirement,risk_status")) {
			transitionRows.forEach(transitions::row);
		}
	}

	/**
	 * Champions for most teams (some teams have none: a coverage gap), with a
	 * certification and contributions each.
	 */
	private void champions(Connection connection, SplittableRandom random) throws SQLException {
		LocalDate today = this.now.atOffset(ZoneOffset.UTC).toLocalDate();
		try (CopyTable contributions = new CopyTable(connection, "champion_contribution",
				"champion_id,position,kind,contributed_on,description");
				CopyTable certifications = new CopyTable(connection, "champion_certification",
						"champion_id,position,name,issuer,obtained_on,expires_on");
				CopyTable champions = new CopyTable(connection, "champion",
						"id,person_id,team_id,status,nominated_on,activated_on,stepped_down_on,time_amount,time_unit,version")) {
			String[] kinds = { "THREAT_MODEL_FACILITATED", "SECURITY_REVIEW", "TRAINING_GIVEN", "INCIDENT_HELP",
					"COMMUNITY_TALK", "OTHER" };
			for (int c = 0; c < CHAMPIONS; c++) {
				int team = (c * 7) % 180;
				int person = team + TEAMS * (1 + c % 14);
				String status = (c % 10 < 7) ? "ACTIVE" : (c % 10 < 9) ? "NOMINATED" : "STEPPED_DOWN";
				LocalDate nominated = today.minusDays(30 + random.nextInt(700));
				UUID champion = id("champion", c);
				champions.row(champion, id("person", person), id("team", team), status, nominated,
						status.equals("NOMINATED") ? null : nominated.plusDays(14),
						status.equals("STEPPED_DOWN") ? today.minusDays(10) : null, 4, "HOURS_PER_SPRINT", 0);
				certifications.row(champion, 0, "Secure software practitioner", "Generated issuer", nominated,
						nominated.plusYears(2));
				for (int k = 0; k < 3; k++) {
					contributions.row(champion, k, kinds[random.nextInt(kinds.length)],
							today.minusDays(random.nextInt(400)), null);
				}
			}
		}
	}

	/**
	 * Courses, the four learning paths, and completions (some expired).
	 */
	private void training(Connection connection, SplittableRandom random) throws SQLException {
		LocalDate today = this.now.atOffset(ZoneOffset.UTC).toLocalDate();
		try (CopyTable pathCourses = new CopyTable(connection, "learning_path_course", "role,course_id,position");
				CopyTable paths = new CopyTable(connection, "learning_path", "role,due_days");
				CopyTable courses = new CopyTable(connection, "course",
						"id,title,provider,format,hours,validity_months")) {
			String[] formats = { "E_LEARNING", "CLASSROOM", "WORKSHOP", "VIDEO", "OTHER" };
			for (int c = 0; c < COURSES; c++) {
				courses.row(id("course", c), String.format("Generated course %02d", c), "Generated academy",
						formats[c % formats.length], 1 + c % 16, (c % 4 == 0) ? null : 12 + 12 * (c % 3));
			}
			String[] roles = { "DEVELOPER", "CHAMPION", "RISK_OWNER", "PLATFORM_ENGINEER" };
			for (int r = 0; r < roles.length; r++) {
				paths.row(roles[r], 90);
				for (int k = 0; k < 4; k++) {
					pathCourses.row(roles[r], id("course", r * 4 + k), k);
				}
			}
		}
		try (CopyTable completions = new CopyTable(connection, "course_completion",
				"person_id,course_id,completed_on,score")) {
			java.util.Set<Long> seen = new java.util.HashSet<>();
			int made = 0;
			while (made < COMPLETIONS) {
				int person = random.nextInt(PEOPLE);
				int course = random.nextInt(COURSES);
				LocalDate completed = today.minusDays(random.nextInt(1_000));
				long key = ((long) person * COURSES + course) * 2_000 + completed.toEpochDay() % 2_000;
				if (seen.add(key)) {
					completions.row(id("person", person), id("course", course), completed, 50 + random.nextInt(51));
					made++;
				}
			}
		}
	}

	private void jdbcOn(Connection connection, String sql, java.util.function.Consumer<String[]> rows)
			throws SQLException {
		try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				String[] row = new String[columns];
				for (int i = 0; i < columns; i++) {
					row[i] = result.getString(i + 1);
				}
				rows.accept(row);
			}
		}
	}

}
