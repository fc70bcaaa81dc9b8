package io.ownership.web.gate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ownership.core.gate.Finding;
import io.ownership.core.gate.GateService;
import io.ownership.core.risk.RiskLevel;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.vulnerability.Vulnerability;
import org.cyclonedx.parsers.JsonParser;

/**
 * Reads the vulnerabilities of a CycloneDX 1.5 or later JSON BOM (as Trivy and Grype
 * write it) with CycloneDX's own library: one finding per vulnerability, named by its id
 * (a CVE, a GHSA), at the highest severity of its ratings, located at the components it
 * affects.
 */
class CycloneDxReader {

	List<Finding> read(byte[] report) {
		Bom bom;
		try {
			bom = new JsonParser().parse(report);
		}
		catch (ParseException | RuntimeException ex) {
			throw new ReportRefusedException("The CycloneDX report cannot be read: " + firstLine(ex.getMessage()));
		}
		String spec = bom.getSpecVersion();
		if (spec == null || !spec.matches("1\\.([5-9]|\\d\\d)")) {
			throw new ReportRefusedException(
					"The CycloneDX report must be specVersion 1.5 or later, with vulnerabilities; it is "
							+ ((spec == null) ? "unversioned" : spec) + ".");
		}
		Map<String, String> components = new HashMap<>();
		collect(bom.getComponents(), components);
		List<Finding> findings = new ArrayList<>();
		List<Vulnerability> vulnerabilities = (bom.getVulnerabilities() == null) ? List.of() : bom.getVulnerabilities();
		for (int i = 0; i < vulnerabilities.size(); i++) {
			Vulnerability vulnerability = vulnerabilities.get(i);
			if (vulnerability.getId() == null || vulnerability.getId().isBlank()) {
				throw new ReportRefusedException("vulnerabilities[" + i + "] has no id.");
			}
			List<String> affected = new ArrayList<>();
			if (vulnerability.getAffects() != null) {
				vulnerability.getAffects()
					.forEach((affect) -> affected.add(components.getOrDefault(affect.getRef(), affect.getRef())));
			}
			String title = (vulnerability.getDescription() != null && !vulnerability.getDescription().isBlank())
					? firstLine(vulnerability.getDescription()) : vulnerability.getId();
			if (!affected.isEmpty()) {
				title = title + " in " + affected.get(0);
			}
			findings.add(new Finding(vulnerability.getId(), title, level(vulnerability),
					affected.isEmpty() ? null : String.join(", ", affected)));
		}
		return findings;
	}

	private static RiskLevel level(Vulnerability vulnerability) {
		RiskLevel highest = RiskLevel.LOW;
		if (vulnerability.getRatings() != null) {
			for (var rating : vulnerability.getRatings()) {
				RiskLevel level = (rating.getSeverity() != null)
						? GateService.levelOf(rating.getSeverity().getSeverityName()) : (rating.getScore() != null)
								? GateService.levelOf(String.valueOf(rating.getScore())) : RiskLevel.LOW;
				if (level.isAbove(highest)) {
					highest = level;
				}
			}
		}
		return highest;
	}

	private static void collect(List<Component> components, Map<String, String> names) {
		if (components == null) {
			return;
		}
		for (Component component : components) {
			if (component.getBomRef() != null) {
				names.put(component.getBomRef(),
						component.getName() + ((component.getVersion() == null) ? "" : " " + component.getVersion()));
			}
			collect(component.getComponents(), names);
		}
	}

	private static String firstLine(String text) {
		if (text == null) {
			return "unknown error";
		}
		String line = text.strip().lines().findFirst().orElse("");
		return (line.length() > 300) ? line.substring(0, 300) + "…" : line;
	}

}
