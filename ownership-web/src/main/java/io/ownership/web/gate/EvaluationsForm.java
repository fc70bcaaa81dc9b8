package io.ownership.web.gate;

import java.time.LocalDate;

import io.ownership.core.gate.GateQuery.EvaluationFilter;
import io.ownership.core.gate.GateQuery.HistoryFilter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The filters of the evaluations across products: the history's, and the product, the
 * team and the product kind. {@code days} (1 to 366) selects the days ending today, as
 * the dashboard's pass rate does, and stands for {@code from} and {@code to}.
 */
public class EvaluationsForm extends HistoryForm {

	static final int MAX_DAYS = 366;

	@Min(value = 1, message = "{gate.evaluations.days}")
	@Max(value = MAX_DAYS, message = "{gate.evaluations.days}")
	private Integer days;

	EvaluationFilter toFilter(LocalDate today) {
		HistoryFilter history = toFilter();
		if (this.days != null) {
			history = new HistoryFilter(history.decision(), history.artifact(), today.minusDays(this.days - 1), today);
		}
		return new EvaluationFilter(getProduct(), getTeam(), getKind(), history);
	}

	public Integer getDays() {
		return this.days;
	}

	public void setDays(Integer days) {
		this.days = days;
	}

}
