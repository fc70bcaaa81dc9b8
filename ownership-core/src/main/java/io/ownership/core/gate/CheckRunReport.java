package io.ownership.core.gate;

import java.util.List;

import io.ownership.core.shared.InvalidInputException;

/**
 * One run of a security check a pipeline reports, with the findings read from its SARIF
 * or CycloneDX file.
 *
 * @param artifact what was checked
 * @param commit the commit it was built from, null when not said
 * @param kind the kind of check
 * @param tool the tool that ran it, such as "trivy 0.58"
 * @param format {@code SARIF} or {@code CYCLONEDX}
 * @param findings what it found
 */
public record CheckRunReport(Artifact artifact, String commit, CheckKind kind, String tool, String format,
		List<Finding> findings) {

	public static final int MAX_FINDINGS = 20_000;

	public CheckRunReport {
		if (kind == null) {
			throw new InvalidInputException("kind", "gate.run.kind", "Say which kind of check ran");
		}
		tool = (tool == null) ? "" : tool.strip();
		if (tool.isEmpty() || tool.length() > 120) {
			throw new InvalidInputException("tool", "gate.run.tool", "Name the tool, in at most 120 characters");
		}
		commit = (commit == null || commit.isBlank()) ? null : commit.strip();
		if (commit != null && commit.length() > 100) {
			throw new InvalidInputException("commit", "gate.run.commit", "At most 100 characters");
		}
		findings = List.copyOf(findings);
		if (findings.size() > MAX_FINDINGS) {
			throw new InvalidInputException("report", "gate.run.tooMany", "At most 20,000 findings in one run");
		}
	}

}
