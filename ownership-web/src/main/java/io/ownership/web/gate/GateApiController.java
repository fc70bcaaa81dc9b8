package io.ownership.web.gate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.gate.Artifact;
import io.ownership.core.gate.CheckKind;
import io.ownership.core.gate.CheckRunId;
import io.ownership.core.gate.CheckRunReport;
import io.ownership.core.gate.Finding;
import io.ownership.core.gate.GateDecision;
import io.ownership.core.gate.GateReason;
import io.ownership.core.gate.GateService;
import io.ownership.core.gate.TokenGrant;
import io.ownership.core.gate.TokenPermission;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.web.api.ApiController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/v1/products/{id}/check-runs}: a pipeline reports a run of a security check
 * with its SARIF or CycloneDX file; {@code /api/v1/products/{id}/gate}: it asks whether
 * the artifact may deploy. Both need a token with the {@code gate} permission whose scope
 * holds the product.
 */
@ApiController
class GateApiController {

	private final GateService gate;

	private final SarifReader sarif;

	private final CycloneDxReader cycloneDx = new CycloneDxReader();

	private final long maxReportBytes;

	GateApiController(GateService gate, JsonMapper json,
			@Value("${ownership.gate.max-report-size:10MB}") DataSize maxReportSize) {
		this.gate = gate;
		this.sarif = new SarifReader(json);
		this.maxReportBytes = maxReportSize.toBytes();
	}

	/**
	 * Stores the run and its findings; a report that cannot be read is refused with what
	 * is wrong, and nothing is stored.
	 */
	@PostMapping(path = "/api/v1/products/{id}/check-runs")
	@ResponseStatus(HttpStatus.CREATED)
	CheckRunCreated report(TokenGrant grant, @PathVariable UUID id, @RequestParam String artifact,
			@RequestParam(required = false) String version, @RequestParam(required = false) String commit,
			@RequestParam String kind, @RequestParam String tool, @RequestParam(required = false) String format,
			HttpServletRequest request) throws IOException {
		grant.require(TokenPermission.GATE);
		CheckKind checkKind = kind(kind);
		byte[] body = body(request);
		String reportFormat = format(format, body);
		List<Finding> findings = "SARIF".equals(reportFormat) ? this.sarif.read(body) : this.cycloneDx.read(body);
		CheckRunId run = this.gate.report(grant, new ProductId(id),
				new CheckRunReport(new Artifact(artifact, version), commit, checkKind, tool, reportFormat, findings));
		return new CheckRunCreated(run.value(), reportFormat.toLowerCase(Locale.ROOT), findings.size());
	}

	/**
	 * The gate's decision for the artifact: HTTP 200 for pass and fail alike.
	 */
	@PostMapping(path = "/api/v1/products/{id}/gate")
	GateAnswer evaluate(TokenGrant grant, @PathVariable UUID id, @Valid @RequestBody GateRequest request) {
		GateDecision decision = this.gate.evaluate(grant, new ProductId(id),
				new Artifact(request.artifact().name(), request.artifact().version()), request.environment());
		return GateAnswer.of(decision, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
	}

	private byte[] body(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > this.maxReportBytes) {
			throw tooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxReportBytes + 1));
			if (body.length > this.maxReportBytes) {
				throw tooLarge();
			}
			if (body.length == 0) {
				throw new ReportRefusedException("The request body is empty: send the SARIF or CycloneDX file.");
			}
			return body;
		}
	}

	private ReportRefusedException tooLarge() {
		return new ReportRefusedException(
				"The report is larger than " + DataSize.ofBytes(this.maxReportBytes).toMegabytes() + " MB.");
	}

	private static CheckKind kind(String kind) {
		try {
			return CheckKind.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("kind", "gate.run.kind",
					"The kind of check is one of sast, sca, container-scan, secrets, iac, dast");
		}
	}

	private static String format(String format, byte[] body) {
		if (format != null && !format.isBlank()) {
			String upper = format.strip().toUpperCase(Locale.ROOT);
			if (upper.equals("SARIF") || upper.equals("CYCLONEDX")) {
				return upper;
			}
			throw new InvalidInputException("format", "gate.run.format", "The format is sarif or cyclonedx");
		}
		String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
		if (head.contains("\"bomFormat\"")) {
			return "CYCLONEDX";
		}
		if (head.contains("\"runs\"") || head.contains("sarif")) {
			return "SARIF";
		}
		throw new InvalidInputException("format", "gate.run.format",
				"Cannot tell the report's format: say format=sarif or format=cyclonedx");
	}

	/**
	 * The gate's question: which artifact, for which environment.
	 */
	record GateRequest(@NotNull @Valid ArtifactBody artifact, @Size(max = 100) String environment) {

	}

	/**
	 * An artifact's name and version or digest.
	 */
	record ArtifactBody(@NotBlank @Size(max = 300) String name, @Size(max = 300) String version) {

	}

	/**
	 * The stored run.
	 */
	record CheckRunCreated(UUID id, String format, int findings) {

	}

	/**
	 * A reason with its link made absolute.
	 */
	record Reason(String code, String text, String link) {

		static Reason of(GateReason reason, String base) {
			return new Reason(reason.code().name(), reason.text(),
					(reason.link() == null) ? null : base + reason.link());
		}

	}

	/**
	 * The gate's answer.
	 */
	record GateAnswer(String decision, String mode, boolean wouldFail, List<Reason> reasons, List<Reason> warnings,
			Instant evaluatedAt, Map<String, Object> policy) {

		static GateAnswer of(GateDecision decision, String base) {
			return new GateAnswer(decision.decision().name().toLowerCase(Locale.ROOT),
					decision.mode().name().toLowerCase(Locale.ROOT).replace('_', '-'), decision.wouldFail(),
					decision.reasons().stream().map((reason) -> Reason.of(reason, base)).toList(),
					decision.warnings().stream().map((reason) -> Reason.of(reason, base)).toList(),
					decision.evaluatedAt(), Map.of("level", decision.policy().level().name(), "requiredChecks",
							decision.policy().requiredChecks(), "conditions", decision.policy().conditions()));
		}

	}

}
