package io.ownership.core.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.ownership.core.program.training.TeamCompletion;
import io.ownership.core.program.training.TrainingQuery;
import jakarta.transaction.Transactional;

/**
 * Counts the KPIs on today's date: the catalog, risk and champion groups through
 * {@link KpiQuery}, required training through the program's {@link TrainingQuery} (the
 * completion rate as {@code /training} shows it).
 */
@Transactional
public class KpiService {

	private final KpiQuery query;

	private final TrainingQuery training;

	private final Clock clock;

	public KpiService(KpiQuery query, TrainingQuery training, Clock clock) {
		this.query = query;
		this.training = training;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public KpiBoard board() {
		return board(today());
	}

	/**
	 * The board on a day; training is counted as it stands today, whatever the day.
	 */
	KpiBoard board(LocalDate day) {
		KpiBoard board = this.query.board(day);
		Map<UUID, TeamCompletion> completions = this.training.byTeam(today())
			.stream()
			.collect(Collectors.toMap(TeamCompletion::team, Function.identity(), (a, b) -> a));
		List<TeamKpis> teams = board.teams()
			.stream()
			.map((team) -> new TeamKpis(team.id(), team.name(), team.kind(),
					team.kpis().merge(training(completions.get(team.id())))))
			.toList();
		return new KpiBoard(board.organization().merge(training(this.training.organization(today()))), teams,
				board.kinds());
	}

	public KpiSet team(UUID team) {
		LocalDate today = today();
		TeamCompletion completion = this.training.byTeam(today)
			.stream()
			.filter((row) -> team.equals(row.team()))
			.findFirst()
			.orElse(null);
		return this.query.team(team, today).merge(training(completion));
	}

	private static KpiSet training(TeamCompletion completion) {
		return new KpiSet(List.of((completion == null) ? KpiValue.zero(Kpi.TRAINING_DONE)
				: new KpiValue(Kpi.TRAINING_DONE, completion.done(), completion.required())));
	}

}
