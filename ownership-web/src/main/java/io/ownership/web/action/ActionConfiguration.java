package io.ownership.web.action;

import java.time.Clock;

import io.ownership.core.action.ActionDirectory;
import io.ownership.core.action.ActionRepository;
import io.ownership.core.action.ActionService;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.TeamRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The follow-up actions' use cases as Spring beans.
 */
@Configuration(proxyBeanMethods = false)
class ActionConfiguration {

	@Bean
	ActionService actionService(ActionRepository actions, ActionDirectory directory, TeamRepository teams,
			AuditLog audit, Clock clock) {
		return new ActionService(actions, directory, teams, audit, clock);
	}

}
