package io.ownership.web.program;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.ownership.core.program.champion.ContributionKind;
import io.ownership.core.program.champion.ContributionPoints;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The points per kind of contribution. Every kind is a field (a kind left out is
 * required), so that a refused value is shown next to its kind.
 */
public class PointsForm {

	private Map<ContributionKind, @NotNull(message = "{input.required}") @Min(value = 0,
			message = "{points.range}") @Max(value = ContributionPoints.MAXIMUM,
					message = "{points.range}") Integer> points = new LinkedHashMap<>();

	public PointsForm() {
		for (ContributionKind kind : ContributionKind.values()) {
			this.points.put(kind, null);
		}
	}

	static PointsForm of(ContributionPoints current) {
		PointsForm form = new PointsForm();
		for (ContributionKind kind : ContributionKind.values()) {
			form.points.put(kind, current.of(kind));
		}
		return form;
	}

	ContributionPoints toPoints() {
		Map<ContributionKind, Integer> byKind = new EnumMap<>(ContributionKind.class);
		byKind.putAll(this.points);
		return new ContributionPoints(byKind);
	}

	public Map<ContributionKind, Integer> getPoints() {
		return this.points;
	}

	public void setPoints(Map<ContributionKind, Integer> points) {
		this.points = points;
	}

}
