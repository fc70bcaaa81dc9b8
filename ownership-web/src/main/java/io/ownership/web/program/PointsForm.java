package io.ownership.web.program;

import java.util.LinkedHashMap;
import java.util.Map;

import io.ownership.core.program.champion.ContributionKind;

/**
 * The points per kind of contribution.
 */
public class PointsForm {

	private Map<ContributionKind, Integer> points = new LinkedHashMap<>();

	public Map<ContributionKind, Integer> getPoints() {
		return this.points;
	}

	public void setPoints(Map<ContributionKind, Integer> points) {
		this.points = points;
	}

}
