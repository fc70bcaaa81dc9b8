package io.ownership.web.program;

import java.time.Clock;

import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.program.ChampionRepository;
import io.ownership.core.program.ChampionService;
import io.ownership.core.program.ContributionPointsRepository;
import io.ownership.core.program.MeetingRepository;
import io.ownership.core.program.ProgramDirectory;
import io.ownership.core.program.TrainingRepository;
import io.ownership.core.program.TrainingService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The program's use cases as Spring beans.
 */
@Configuration(proxyBeanMethods = false)
class ProgramConfiguration {

	@Bean
	ChampionService championService(ChampionRepository champions, ContributionPointsRepository points,
			MeetingRepository meetings, TeamRepository teams, PersonRepository people, ProgramDirectory directory,
			AuditLog audit, Clock clock) {
		return new ChampionService(champions, points, meetings, teams, people, directory, audit, clock);
	}

	@Bean
	TrainingService trainingService(TrainingRepository training, PersonRepository people, AuditLog audit, Clock clock) {
		return new TrainingService(training, people, audit, clock);
	}

}
