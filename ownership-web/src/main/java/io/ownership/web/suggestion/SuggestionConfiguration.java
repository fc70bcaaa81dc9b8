package io.ownership.web.suggestion;

import java.time.Clock;

import io.ownership.core.audit.AuditLog;
import io.ownership.core.notification.Notifier;
import io.ownership.core.program.ChampionService;
import io.ownership.core.suggestion.SuggestionDirectory;
import io.ownership.core.suggestion.SuggestionRepository;
import io.ownership.core.suggestion.SuggestionService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The suggestions' use cases as Spring beans.
 */
@Configuration(proxyBeanMethods = false)
class SuggestionConfiguration {

	@Bean
	SuggestionService suggestionService(SuggestionRepository suggestions, SuggestionDirectory directory,
			ChampionService champions, Notifier notifier, AuditLog audit, Clock clock) {
		return new SuggestionService(suggestions, directory, champions, notifier, audit, clock);
	}

}
