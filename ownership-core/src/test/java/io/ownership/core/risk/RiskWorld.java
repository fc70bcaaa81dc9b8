package io.ownership.core.risk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.InMemoryCatalog;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.notification.Notifier;
import io.ownership.core.risk.acceptance.AcceptanceRequest;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.guardrail.GuardrailService;
import io.ownership.core.risk.guardrail.Guardrails;
import io.ownership.core.risk.guardrail.GuardrailsRepository;
import io.ownership.core.risk.guardrail.ProductGuardrails;
import io.ownership.core.risk.guardrail.RiskMatrix;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;

/**
 * The risk feature's use cases over in-memory ports, a clock the test moves, and a
 * product "Shop" whose risk owner is {@code po} and a foreign product "Other" owned by
 * {@code po-other}.
 */
class RiskWorld {

	final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));

	final InMemoryCatalog catalog = new InMemoryCatalog();

	final Map<ProductId, Product> products = this.catalog.products;

	final Map<String, PersonId> accounts = new HashMap<>();

	final Map<RiskId, Risk> risks = new LinkedHashMap<>();

	final Map<AcceptanceId, RiskAcceptance> acceptances = new LinkedHashMap<>();

	final List<AuditEntry> history = new ArrayList<>();

	final List<String> notifications = new ArrayList<>();

	final Set<String> heldLocks = new HashSet<>();

	/**
	 * Acceptances whose save fails as on a stale version (another instance changed them).
	 */
	final Set<AcceptanceId> staleOnSave = new HashSet<>();

	Guardrails guardrails = Guardrails.DEFAULT;

	final Map<ProductId, ProductGuardrails> productGuardrails = new HashMap<>();

	RiskOwnerTraining training;

	final Product shop;

	final Product other;

	final RiskService riskService;

	final AcceptanceService acceptanceService;

	final RiskJobs jobs;

	final GuardrailService guardrailService;

	static final Actor PO = new Actor("po", Set.of(Role.PRODUCT_OWNER));

	static final Actor PO_OTHER = new Actor("po-other", Set.of(Role.PRODUCT_OWNER));

	static final Actor MANAGER = new Actor("manager", Set.of(Role.SECURITY_MANAGER));

	static final Actor MANAGER_2 = new Actor("manager2", Set.of(Role.SECURITY_MANAGER));

	static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN));

	static final Actor MEMBER = new Actor("dev", Set.of(Role.TEAM_MEMBER));

	static final Actor AUDITOR = new Actor("auditor", Set.of(Role.AUDITOR));

	RiskWorld() {
		for (String username : List.of("po", "po-other", "manager", "manager2", "admin", "dev", "auditor")) {
			this.accounts.put(username, PersonId.random());
		}
		this.shop = new Product(ProductId.random(), "Shop", ProductKind.BUSINESS_SERVICE, null, null,
				this.accounts.get("po"), this.accounts.get("po"), Set.of(), false, 0);
		this.other = new Product(ProductId.random(), "Other", ProductKind.BUSINESS_SERVICE, null, null,
				this.accounts.get("po-other"), this.accounts.get("po-other"), Set.of(), false, 0);
		this.products.put(this.shop.id(), this.shop);
		this.products.put(this.other.id(), this.other);
		ProductRepository productRepository = this.catalog.productRepository;
		RiskPeople people = new RiskPeople() {
			@Override
			public Optional<PersonId> personOf(String username) {
				return Optional.ofNullable(RiskWorld.this.accounts.get(username));
			}

			@Override
			public Optional<String> usernameOf(PersonId person) {
				// As the database adapter, which binds the person's value.
				java.util.Objects.requireNonNull(person.value());
				return RiskWorld.this.accounts.entrySet()
					.stream()
					.filter((e) -> e.getValue().equals(person))
					.map(Map.Entry::getKey)
					.findFirst();
			}

			@Override
			public String nameOf(String username) {
				return "Name of " + username;
			}

			@Override
			public boolean isMember(PersonId person, TeamId team) {
				return false;
			}

			@Override
			public List<String> securityManagers() {
				return List.of("manager", "manager2");
			}
		};
		RiskRepository riskRepository = new RiskRepository() {
			@Override
			public Optional<Risk> findById(RiskId id) {
				return Optional.ofNullable(RiskWorld.this.risks.get(id));
			}

			@Override
			public void save(Risk risk) {
				RiskWorld.this.risks.put(risk.id(), risk);
			}
		};
		AcceptanceRepository acceptanceRepository = new AcceptanceRepository() {
			@Override
			public Optional<RiskAcceptance> findById(AcceptanceId id) {
				return Optional.ofNullable(RiskWorld.this.acceptances.get(id));
			}

			@Override
			public Optional<RiskAcceptance> findActive(RiskId risk) {
				return of(risk, AcceptanceStatus.ACTIVE);
			}

			@Override
			public Optional<RiskAcceptance> findPending(RiskId risk) {
				return of(risk, AcceptanceStatus.PENDING);
			}

			@Override
			public List<RiskAcceptance> findOpen(RiskId risk) {
				return RiskWorld.this.acceptances.values()
					.stream()
					.filter((a) -> a.risk().equals(risk)
							&& (a.status() == AcceptanceStatus.ACTIVE || a.status() == AcceptanceStatus.PENDING))
					.toList();
			}

			private Optional<RiskAcceptance> of(RiskId risk, AcceptanceStatus status) {
				return RiskWorld.this.acceptances.values()
					.stream()
					.filter((a) -> a.risk().equals(risk) && a.status() == status)
					.findFirst();
			}

			@Override
			public List<RiskAcceptance> findByRisk(RiskId risk) {
				return RiskWorld.this.acceptances.values().stream().filter((a) -> a.risk().equals(risk)).toList();
			}

			@Override
			public List<AcceptanceId> findActiveExpiringBefore(LocalDate day) {
				return RiskWorld.this.acceptances.values()
					.stream()
					.filter((a) -> a.status() == AcceptanceStatus.ACTIVE && a.expiresOn().isBefore(day))
					.sorted(Comparator.comparing(RiskAcceptance::expiresOn))
					.map(RiskAcceptance::id)
					.toList();
			}

			@Override
			public List<AcceptanceId> findActiveUnremindedUntil(LocalDate day) {
				return RiskWorld.this.acceptances.values()
					.stream()
					.filter((a) -> a.status() == AcceptanceStatus.ACTIVE && a.reminderSentAt() == null
							&& !a.expiresOn().isAfter(day))
					.map(RiskAcceptance::id)
					.toList();
			}

			@Override
			public void save(RiskAcceptance acceptance) {
				if (RiskWorld.this.staleOnSave.contains(acceptance.id())) {
					throw new io.ownership.core.shared.StaleVersionException("RiskAcceptance", acceptance.id());
				}
				RiskWorld.this.acceptances.put(acceptance.id(), acceptance);
			}
		};
		GuardrailsRepository policy = new GuardrailsRepository() {
			RiskMatrix matrix = RiskMatrix.DEFAULT;

			@Override
			public Guardrails organization() {
				return RiskWorld.this.guardrails;
			}

			@Override
			public void saveOrganization(Guardrails value) {
				RiskWorld.this.guardrails = value;
			}

			@Override
			public RiskMatrix matrix() {
				return this.matrix;
			}

			@Override
			public void saveMatrix(RiskMatrix value) {
				this.matrix = value;
			}

			@Override
			public ProductGuardrails forProduct(ProductId product) {
				return RiskWorld.this.productGuardrails.getOrDefault(product, ProductGuardrails.NONE);
			}

			@Override
			public void saveForProduct(ProductId product, ProductGuardrails value) {
				RiskWorld.this.productGuardrails.put(product, value);
			}
		};
		Notifier notifier = (recipient, text, link) -> this.notifications.add(recipient + ": " + text);
		JobLock lock = (name) -> !this.heldLocks.contains(name);
		RiskAccess access = new RiskAccess(productRepository, people);
		AssetScope scope = (product) -> Set.of();
		this.riskService = new RiskService(riskRepository, acceptanceRepository, policy, access, scope, people,
				notifier, this.history::add, this.clock);
		this.acceptanceService = new AcceptanceService(riskRepository, acceptanceRepository, policy, access, people,
				notifier, () -> this.training, this.history::add, this.clock);
		this.jobs = new RiskJobs(riskRepository, acceptanceRepository, people, notifier, lock, this.history::add,
				this.clock);
		this.guardrailService = new GuardrailService(policy, access, this.history::add, this.clock);
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	Risk risk(int likelihood, int impact, RiskFlags flags) {
		return this.riskService.register(PO,
				new NewRisk(this.shop.id(),
						new RiskDescription("Outdated TLS library", null, RiskSource.VULNERABILITY, "CVE-2026-1"),
						likelihood, impact, flags, Set.<AssetId>of()));
	}

	Risk medium() {
		return risk(2, 3, RiskFlags.NONE);
	}

	Risk high() {
		return risk(3, 4, RiskFlags.NONE);
	}

	Risk critical() {
		return risk(5, 5, RiskFlags.NONE);
	}

	RiskAcceptance request(Risk risk, LocalDate expiry) {
		return this.acceptanceService.request(PO, risk.id(),
				new AcceptanceRequest("Fix next quarter", "WAF rule", expiry));
	}

	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		void advanceDays(long days) {
			advance(Duration.ofDays(days));
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
