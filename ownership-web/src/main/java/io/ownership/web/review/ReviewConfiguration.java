package io.ownership.web.review;

import java.time.Clock;

import io.ownership.core.action.ActionDirectory;
import io.ownership.core.action.ActionService;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.review.ReviewRepository;
import io.ownership.core.review.ReviewService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reviews' use cases as Spring beans.
 */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

	@Bean
	ReviewService reviewService(ReviewRepository reviews, ActionService actions, ActionDirectory directory,
			TeamRepository teams, AuditLog audit, Clock clock) {
		return new ReviewService(reviews, actions, directory, teams, audit, clock);
	}

}
