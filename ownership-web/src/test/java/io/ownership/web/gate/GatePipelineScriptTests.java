package io.ownership.web.gate;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.ownership.core.account.AccountService;
import io.ownership.core.catalog.CatalogService;
import io.ownership.core.gate.ApiTokenService;
import io.ownership.core.gate.NewApiToken;
import io.ownership.core.gate.TokenPermission;
import io.ownership.core.gate.TokenScope;
import io.ownership.core.risk.acceptance.AcceptanceRequest;
import io.ownership.core.risk.acceptance.AcceptanceService;
import io.ownership.core.risk.NewRisk;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskService;
import io.ownership.core.risk.RiskSource;
import io.ownership.core.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The script of {@code docs/pipelines.md} ({@code docs/examples/gate.sh}), run with curl
 * and jq against the running application with a Trivy CycloneDX and a Semgrep SARIF
 * report: it prints the reasons and fails the job, and passes once the product owner has
 * accepted the risk that names both findings.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatePipelineScriptTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	CatalogService catalog;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	RiskService risks;

	@Autowired
	AcceptanceService acceptances;

	@TempDir
	Path reports;

	@Test
	void theDocumentedScriptFailsTheJobWithTheReasonsAndPassesAfterTheRiskIsAccepted() throws Exception {
		GateOrganization org = new GateOrganization(this.accounts, this.catalog);
		var po = GateOrganization.actor(org.po, Role.PRODUCT_OWNER);
		String token = this.tokens
			.create(po,
					new NewApiToken("CI of shop", new TokenScope(TokenScope.Kind.PRODUCT, org.shop.id().value()),
							Set.of(TokenPermission.GATE), null))
			.secret();
		Path sca = copy("trivy-cyclonedx.json");
		Path sast = copy("semgrep.sarif");
		Map<String, String> env = Map.of("OWNERSHIP_URL", "http://127.0.0.1:" + this.port, "OWNERSHIP_TOKEN", token,
				"OWNERSHIP_PRODUCT", org.shop.id().toString(), "ARTIFACT", "shop-api", "VERSION", "1.4.2", "SCA_REPORT",
				sca.toString(), "SAST_REPORT", sast.toString());

		Result failed = run(env);
		assertThat(failed.exit()).as(failed.output()).isEqualTo(1);
		assertThat(failed.output()).contains("Reported sast (semgrep): 2 findings", "Reported sca (trivy): 2 findings",
				"Security gate: fail (mode enforce, level HIGH)", "FAIL UNCOVERED_FINDING", "CVE-2020-36518",
				"java.lang.security.audit.formatted-sql-string.formatted-sql-string",
				"http://127.0.0.1:" + this.port + "/risks/new?product=" + org.shop.id());

		Risk risk = this.risks.register(po,
				new NewRisk(org.shop.id(),
						new RiskDescription("Known findings of 1.4.2", null, RiskSource.VULNERABILITY,
								"CVE-2020-36518 java.lang.security.audit.formatted-sql-string.formatted-sql-string"),
						3, 3, RiskFlags.NONE, Set.of()));
		this.acceptances.request(po, risk.id(),
				new AcceptanceRequest("Fixed in 1.5, shipping next week", null, LocalDate.now().plusDays(14)));

		Result passed = run(env);
		assertThat(passed.exit()).as(passed.output()).isZero();
		assertThat(passed.output()).contains("Security gate: pass").doesNotContain("FAIL ");

		Result refused = run(Map.of("OWNERSHIP_URL", "http://127.0.0.1:" + this.port, "OWNERSHIP_TOKEN", token,
				"OWNERSHIP_PRODUCT", org.shop.id().toString(), "ARTIFACT", "shop-api", "SCA_REPORT",
				Files.writeString(this.reports.resolve("broken.json"), "{\"bomFormat\":\"CycloneDX\"").toString()));
		assertThat(refused.exit()).isEqualTo(2);
		assertThat(refused.output()).contains("Ownership refused the request (HTTP 400)", "cannot be read");
	}

	private Path copy(String fixture) throws IOException {
		return Files.write(this.reports.resolve(fixture), GateApiTests.fixture(fixture));
	}

	private static Result run(Map<String, String> env) throws Exception {
		File script = new File("../docs/examples/gate.sh");
		assertThat(script).exists();
		ProcessBuilder builder = new ProcessBuilder("sh", script.getPath()).redirectErrorStream(true);
		builder.environment().putAll(env);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	private record Result(int exit, String output) {

	}

}
