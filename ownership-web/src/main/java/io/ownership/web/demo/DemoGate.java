package io.ownership.web.demo;

import java.util.List;
import java.util.Set;

import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.gate.ApiTokenService;
import io.ownership.core.gate.Artifact;
import io.ownership.core.gate.CheckKind;
import io.ownership.core.gate.CheckRunReport;
import io.ownership.core.gate.Finding;
import io.ownership.core.gate.GateDecision;
import io.ownership.core.gate.GateQuery;
import io.ownership.core.gate.GateService;
import io.ownership.core.gate.IssuedToken;
import io.ownership.core.gate.NewApiToken;
import io.ownership.core.gate.TokenPermission;
import io.ownership.core.gate.TokenScope;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Role;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's pipeline for Business Services A: at first start, a token for it (printed
 * once, like the admin password), a SAST and an SCA run of release 2.3.0, and one
 * question to the gate. It fails: the SCA run found CVE-2020-36518, whose risk's
 * acceptance expired, and the high "customer export" risk waits for approval. The product
 * owner fixes the first by accepting the jackson-databind risk again, a security manager
 * the second by approving the request; each fix takes its reasons off the pipeline's next
 * answer. It runs after the other demo records (an incident's post-mortem adds an open
 * risk), so that the decision it prints and records is the one the pipeline's next
 * question gets.
 */
@Component
@Profile("demo")
@Order(90)
class DemoGate implements ApplicationRunner {

	static final String PRODUCT = "Business Services A";

	static final Artifact RELEASE = new Artifact("business-services-a", "2.3.0");

	private static final Log logger = LogFactory.getLog(DemoGate.class);

	private static final Actor SARA = new Actor("manager", Set.of(Role.SECURITY_MANAGER));

	private final ProductRepository products;

	private final ApiTokenService tokens;

	private final GateService gate;

	private final GateQuery query;

	DemoGate(ProductRepository products, ApiTokenService tokens, GateService gate, GateQuery query) {
		this.products = products;
		this.tokens = tokens;
		this.gate = gate;
		this.query = query;
	}

	@Override
	public void run(ApplicationArguments args) {
		Product product = this.products.findByName(PRODUCT).orElse(null);
		if (product == null || !this.query.runs(product.id(), 1).isEmpty()) {
			return;
		}
		IssuedToken issued = this.tokens.create(SARA,
				new NewApiToken(PRODUCT + " pipeline", new TokenScope(TokenScope.Kind.PRODUCT, product.id().value()),
						Set.of(TokenPermission.GATE, TokenPermission.READ), null));
		this.gate.report(issued.token().grant(), product.id(),
				new CheckRunReport(RELEASE, "4f2c9e1", CheckKind.SAST, "semgrep 1.99.0", "SARIF",
						List.of(new Finding("java.lang.security.audit.cookie-missing-secure-flag",
								"Cookie is missing the Secure flag.", RiskLevel.MEDIUM,
								"src/main/java/bsa/web/SessionConfig.java:31"))));
		this.gate.report(issued.token().grant(), product.id(), new CheckRunReport(RELEASE, "4f2c9e1", CheckKind.SCA,
				"trivy 0.58.1", "CYCLONEDX",
				List.of(new Finding("CVE-2020-36518",
						"jackson-databind allows a denial of service via deeply nested objects in jackson-databind 2.9.10.1",
						RiskLevel.HIGH, "jackson-databind 2.9.10.1"),
						new Finding("CVE-2023-5678", "Slow X9.42 DH key checks in libssl3 3.0.11", RiskLevel.MEDIUM,
								"libssl3 3.0.11-1~deb12u1"))));
		GateDecision decision = this.gate.evaluate(issued.token().grant(), product.id(), RELEASE, "production");
		logger.warn("\n\n    Demo: the pipeline token of " + PRODUCT
				+ " (scope: that product; permissions gate, read):\n" + "      " + issued.secret()
				+ "\n    It is shown only this once. Ask the gate with:\n"
				+ "      curl -s -X POST -H \"Authorization: Bearer <token>\" -H 'Content-Type: application/json' \\\n"
				+ "        -d '{\"artifact\":{\"name\":\"business-services-a\",\"version\":\"2.3.0\"}}' \\\n"
				+ "        http://localhost:8080/api/v1/products/" + product.id() + "/gate\n    The gate "
				+ decision.decision().name().toLowerCase() + "s now, with " + decision.reasons().size()
				+ " reasons; see the product's page.\n");
	}

}
