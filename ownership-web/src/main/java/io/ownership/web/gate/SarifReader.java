package io.ownership.web.gate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ownership.core.gate.Finding;
import io.ownership.core.gate.GateService;
import io.ownership.core.risk.RiskLevel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the findings of a SARIF 2.1.0 log (OASIS SARIF v2.1.0): one per result, named by
 * its rule id. The level comes from the rule's {@code security-severity} property (a CVSS
 * score, as GitHub code scanning and Semgrep write it) where present, else from the
 * result's or the rule's level (error high, warning medium, note low).
 */
class SarifReader {

	private final JsonMapper json;

	SarifReader(JsonMapper json) {
		this.json = json;
	}

	List<Finding> read(byte[] report) {
		JsonNode root;
		try {
			root = this.json.readTree(report);
		}
		catch (JacksonException ex) {
			throw new ReportRefusedException("The SARIF report is not valid JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw new ReportRefusedException("The SARIF report must be a JSON object.");
		}
		if (!"2.1.0".equals(root.path("version").asString(""))) {
			throw new ReportRefusedException("The SARIF report must have \"version\": \"2.1.0\".");
		}
		JsonNode runs = root.path("runs");
		if (!runs.isArray()) {
			throw new ReportRefusedException("The SARIF report has no \"runs\" array.");
		}
		List<Finding> findings = new ArrayList<>();
		for (int r = 0; r < runs.size(); r++) {
			JsonNode run = runs.get(r);
			Map<String, JsonNode> rules = new HashMap<>();
			JsonNode driverRules = run.path("tool").path("driver").path("rules");
			if (driverRules.isArray()) {
				driverRules.forEach((rule) -> rules.put(rule.path("id").asString(""), rule));
			}
			JsonNode results = run.path("results");
			if (results.isMissingNode() || results.isNull()) {
				continue;
			}
			if (!results.isArray()) {
				throw new ReportRefusedException("runs[" + r + "].results must be an array.");
			}
			for (int i = 0; i < results.size(); i++) {
				findings.add(finding(results.get(i), rules, "runs[" + r + "].results[" + i + "]"));
			}
		}
		return findings;
	}

	private static Finding finding(JsonNode result, Map<String, JsonNode> rules, String where) {
		String ruleId = result.path("ruleId").asString(result.path("rule").path("id").asString(""));
		if (ruleId.isBlank()) {
			throw new ReportRefusedException(where + " has no ruleId.");
		}
		JsonNode rule = rules.getOrDefault(ruleId, result.path("rule"));
		String message = result.path("message").path("text").asString("");
		if (message.isBlank()) {
			message = rule.path("shortDescription").path("text").asString(ruleId);
		}
		return new Finding(ruleId, message, level(result, rule), location(result));
	}

	private static RiskLevel level(JsonNode result, JsonNode rule) {
		String score = rule.path("properties").path("security-severity").asString("");
		if (!score.isBlank()) {
			return GateService.levelOf(score);
		}
		String level = result.path("level").asString("");
		if (level.isBlank()) {
			level = rule.path("defaultConfiguration").path("level").asString("warning");
		}
		return GateService.levelOf(level);
	}

	private static String location(JsonNode result) {
		JsonNode physical = result.path("locations").path(0).path("physicalLocation");
		String uri = physical.path("artifactLocation").path("uri").asString("");
		if (uri.isBlank()) {
			return null;
		}
		int line = physical.path("region").path("startLine").asInt(0);
		return (line > 0) ? uri + ":" + line : uri;
	}

}
