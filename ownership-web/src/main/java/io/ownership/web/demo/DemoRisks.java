package io.ownership.web.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.notification.Notifier;
import io.ownership.core.risk.AcceptanceRepository;
import io.ownership.core.risk.acceptance.AcceptanceRequest;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.AssetScope;
import io.ownership.core.risk.guardrail.GuardrailsRepository;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskAccess;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFilter;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskJobs;
import io.ownership.core.risk.RiskPeople;
import io.ownership.core.risk.RiskQuery;
import io.ownership.core.risk.RiskRepository;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.Role;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo risks of Business Services A, one per path of the workflow: a medium risk accepted
 * autonomously, a high one involving customer data waiting for approval, an acceptance
 * that expired (made through the use cases with a clock set back 200 days, then expired
 * by the job), and a risk in treatment. Each is created only when no risk of that title
 * exists.
 */
@Component
@Profile("demo")
@Order(30)
class DemoRisks implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoRisks.class);

	static final String PRODUCT = "Business Services A";

	private static final Actor ANNA = new Actor("po-a", Set.of(Role.PRODUCT_OWNER));

	private final ProductRepository products;

	private final RiskQuery query;

	private final RiskService risks;

	private final AcceptanceService acceptances;

	private final RiskJobs jobs;

	private final Past past;

	DemoRisks(ProductRepository products, RiskQuery query, RiskService risks, AcceptanceService acceptances,
			RiskJobs jobs, Past past) {
		this.products = products;
		this.query = query;
		this.risks = risks;
		this.acceptances = acceptances;
		this.jobs = jobs;
		this.past = past;
	}

	@Override
	public void run(ApplicationArguments args) {
		Product product = this.products.findByName(PRODUCT).orElse(null);
		if (product == null) {
			logger.warn("No product " + PRODUCT + ": no demo risks");
			return;
		}
		LocalDate today = LocalDate.now(this.past.now);
		if (missing(product, "Verbose error pages reveal stack traces")) {
			Risk risk = this.risks.register(ANNA,
					new NewRisk(product.id(), new RiskDescription("Verbose error pages reveal stack traces",
							"Internal admin pages show stack traces on errors.", RiskSource.PEN_TEST, "PT-2026-07"), 2,
							3, RiskFlags.NONE, Set.of()));
			this.acceptances.request(ANNA, risk.id(),
					new AcceptanceRequest("Admin pages are only reachable from the office network.",
							"Network restriction, WAF rule", today.plusDays(120)));
		}
		if (missing(product, "Customer export stored unencrypted")) {
			Risk risk = this.risks.register(ANNA, new NewRisk(product.id(),
					new RiskDescription("Customer export stored unencrypted",
							"The nightly customer export lies unencrypted on a shared volume.", RiskSource.AUDIT,
							"AUD-2026-03"),
					3, 4, new RiskFlags(Set.of(), true, null), Set.of()));
			this.acceptances.request(ANNA, risk.id(),
					new AcceptanceRequest("Encryption ships with the storage migration in Q3.",
							"Access to the volume is logged and reviewed weekly", today.plusDays(60)));
		}
		if (missing(product, "Outdated jackson-databind")) {
			Risk risk = this.risks.register(ANNA,
					new NewRisk(product.id(),
							new RiskDescription("Outdated jackson-databind",
									"A vulnerable version of jackson-databind; default typing is off.",
									RiskSource.VULNERABILITY, "CVE-2020-36518"),
							2, 2, RiskFlags.NONE, Set.of()));
			this.past.acceptances(200)
				.request(ANNA, risk.id(),
						new AcceptanceRequest("Default typing is disabled; upgrade with the next" + " release train.",
								null, LocalDate.now(this.past.clock(200)).plusDays(90)));
			this.jobs.expireDue();
		}
		if (missing(product, "Session tokens without rotation")) {
			Risk risk = this.risks.register(ANNA,
					new NewRisk(product.id(), new RiskDescription("Session tokens without rotation",
							"Session identifiers are not rotated after login.", RiskSource.THREAT_MODEL, "TM-BSA-4"), 3,
							3, RiskFlags.NONE, Set.of()));
			this.risks.planTreatment(ANNA, risk.id(), "Rotate the session on login; add a regression test.",
					today.plusDays(30), 0);
		}
		if (missing(product, "Partner endpoint accepts TLS 1.0")) {
			// Requested six days ago and still pending: the escalation path tells the
			// risk
			// owner, then the head of security (see DemoEscalations).
			Risk risk = this.past.risks(6)
				.register(ANNA,
						new NewRisk(product.id(),
								new RiskDescription("Partner endpoint accepts TLS 1.0",
										"The partner API still negotiates TLS 1.0 for one legacy client.",
										RiskSource.PEN_TEST, "PT-2026-12"),
								4, 4, RiskFlags.NONE, Set.of()));
			this.past.acceptances(6)
				.request(ANNA, risk.id(), new AcceptanceRequest("The legacy client migrates to TLS 1.2 next quarter.",
						"Only the partner's IP range is allowed", LocalDate.now(this.past.clock(6)).plusDays(60)));
		}
		if (missing(product, "Admin API without rate limit")) {
			// Accepted alone while low, then found to be critical: the acceptance needs a
			// new
			// decision and no longer counts as cover; its date is within a critical
			// risk's.
			Risk risk = this.risks.register(ANNA,
					new NewRisk(product.id(), new RiskDescription("Admin API without rate limit",
							"The admin API accepts unlimited login attempts.", RiskSource.PEN_TEST, "PT-2026-11"), 2, 2,
							RiskFlags.NONE, Set.of()));
			this.acceptances.request(ANNA, risk.id(), new AcceptanceRequest("Only reachable from the office network.",
					"Network restriction", today.plusDays(300)));
			Risk accepted = this.risks.load(risk.id());
			this.risks.reassess(ANNA, risk.id(),
					new RiskDescription(accepted.title(),
							"The admin API is reachable from the internet and accepts unlimited login attempts.",
							accepted.source(), accepted.reference()),
					5, 5, RiskFlags.NONE, Set.of(), null, accepted.version());
		}
	}

	private boolean missing(Product product, String title) {
		return this.query
			.search(new RiskFilter(product.id().value(), null, null, null, null, false, null, title, null, null, null,
					true), LocalDate.now(this.past.now), PageRequest.of(0, 1))
			.totalElements() == 0;
	}

	/**
	 * The acceptance use case with a clock set back, so that demo history can start in
	 * the past and run through the same rules.
	 */
	@Component
	@Profile("demo")
	static class Past {

		private final Clock now;

		private final RiskRepository risks;

		private final AcceptanceRepository acceptances;

		private final GuardrailsRepository policy;

		private final RiskAccess access;

		private final RiskPeople people;

		private final Notifier notifier;

		private final AuditLog audit;

		private final AssetScope scope;

		private final TransactionTemplate transactions;

		Past(Clock now, RiskRepository risks, AcceptanceRepository acceptances, GuardrailsRepository policy,
				RiskAccess access, RiskPeople people, Notifier notifier, AuditLog audit, AssetScope scope,
				PlatformTransactionManager transactionManager) {
			this.scope = scope;
			this.transactions = new TransactionTemplate(transactionManager);
			this.now = now;
			this.risks = risks;
			this.acceptances = acceptances;
			this.policy = policy;
			this.access = access;
			this.people = people;
			this.notifier = notifier;
			this.audit = audit;
		}

		Clock clock(int daysAgo) {
			return Clock.fixed(Instant.now(this.now).minusSeconds(86_400L * daysAgo), ZoneOffset.UTC);
		}

		RiskService risks(int daysAgo) {
			return new RiskService(this.risks, this.acceptances, this.policy, this.access, this.scope, this.people,
					this.notifier, this.audit, clock(daysAgo));
		}

		AcceptanceService acceptances(int daysAgo) {
			return new AcceptanceService(this.risks, this.acceptances, this.policy, this.access, this.people,
					this.notifier, () -> null, this.audit, clock(daysAgo));
		}

	}

}
