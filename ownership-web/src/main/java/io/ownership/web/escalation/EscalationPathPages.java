package io.ownership.web.escalation;

import java.util.List;
import java.util.Map;

import io.ownership.core.catalog.view.Ref;
import io.ownership.core.escalation.DelayUnit;
import io.ownership.core.escalation.EscalationPathRepository.UseCaseName;
import io.ownership.core.escalation.EscalationQuery;
import io.ownership.core.escalation.EscalationService;
import io.ownership.core.responsibility.ResponsibilityService;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.usecase.UseCase;
import io.ownership.core.responsibility.usecase.UseCaseId;

import org.springframework.stereotype.Component;

/**
 * Builds a use case's escalation path page ({@link EscalationPathPage}) in one place, for
 * the page and for the post that shows it again with errors.
 */
@Component
class EscalationPathPages {

	private final EscalationService service;

	private final ResponsibilityService useCases;

	private final EscalationQuery query;

	EscalationPathPages(EscalationService service, ResponsibilityService useCases, EscalationQuery query) {
		this.service = service;
		this.useCases = useCases;
		this.query = query;
	}

	/**
	 * The form's choices (the form is the model attribute {@code form}): the roles and
	 * people a step may name, the delay units, and the triggers that may start the clock.
	 */
	record EscalationPathPage(UseCase useCase, List<PartyRole> roles, List<DelayUnit> units, List<Ref> people,
			List<TriggerChoice> triggers) {

	}

	/**
	 * A trigger the path may follow.
	 *
	 * @param followedBy the name of the other use case whose path follows it now, null
	 * when none or this one does
	 */
	record TriggerChoice(String key, String followedBy) {

	}

	EscalationPathPage page(UseCaseId id) {
		UseCase useCase = this.useCases.load(id);
		Map<String, UseCaseName> owners = this.service.triggerOwners();
		List<TriggerChoice> triggers = this.service.triggerKeys().stream().map((key) -> {
			UseCaseName owner = owners.get(key);
			return new TriggerChoice(key, (owner != null && !owner.id().equals(id)) ? owner.name() : null);
		}).toList();
		return new EscalationPathPage(useCase, List.of(PartyRole.values()), List.of(DelayUnit.values()),
				this.query.people(), triggers);
	}

}
