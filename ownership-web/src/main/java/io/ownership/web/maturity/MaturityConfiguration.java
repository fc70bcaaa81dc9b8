package io.ownership.web.maturity;

import java.time.Clock;

import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.maturity.AssessmentRepository;
import io.ownership.core.maturity.MaturityAccess;
import io.ownership.core.maturity.MaturityDirectory;
import io.ownership.core.maturity.MaturityModelRepository;
import io.ownership.core.maturity.MaturityService;
import io.ownership.core.maturity.TargetRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The maturity self-assessment's use cases as Spring beans.
 */
@Configuration(proxyBeanMethods = false)
class MaturityConfiguration {

	@Bean
	MaturityAccess maturityAccess(MaturityDirectory directory) {
		return new MaturityAccess(directory);
	}

	@Bean
	MaturityService maturityService(MaturityModelRepository models, AssessmentRepository assessments,
			TargetRepository targets, MaturityAccess access, TeamRepository teams, AuditLog audit, Clock clock) {
		return new MaturityService(models, assessments, targets, access, teams, audit, clock);
	}

}
