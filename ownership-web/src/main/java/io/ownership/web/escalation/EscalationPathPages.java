package io.ownership.web.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.view.Pick;
import io.ownership.core.catalog.view.PickQuery;
import io.ownership.core.escalation.DelayUnit;
import io.ownership.core.escalation.EscalationPath;
import io.ownership.core.escalation.EscalationStep;
import io.ownership.core.escalation.EscalationPathRepository.UseCaseName;
import io.ownership.core.escalation.EscalationService;
import io.ownership.core.responsibility.ResponsibilityService;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.usecase.UseCase;
import io.ownership.core.responsibility.usecase.UseCaseId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import io.ownership.web.support.Picker;

/**
 * Builds a use case's escalation path page ({@link EscalationPathPage}) in one place, for
 * the page and for the post that shows it again with errors.
 */
@Component
class EscalationPathPages {

	private final EscalationService service;

	private final ResponsibilityService useCases;

	private final PickQuery picks;

	private final MessageSource messages;

	EscalationPathPages(EscalationService service, ResponsibilityService useCases, PickQuery picks,
			MessageSource messages) {
		this.service = service;
		this.useCases = useCases;
		this.picks = picks;
		this.messages = messages;
	}

	/**
	 * The form's choices (the form is the model attribute {@code form}): the delay units
	 * and the triggers that may start the clock; a step's party is a search field
	 * ({@link #suggestions}).
	 */
	record EscalationPathPage(UseCase useCase, List<DelayUnit> units, List<TriggerChoice> triggers) {

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
		return new EscalationPathPage(useCase, List.of(DelayUnit.values()), triggers);
	}

	/**
	 * The form of the path as it is: a role's step shows the role's label, a person's
	 * step the person's name (the e-mail address when an active person shares it).
	 */
	EscalationPathForm form(EscalationPath path) {
		List<UUID> people = path.steps()
			.stream()
			.filter((step) -> step.person() != null)
			.map((step) -> step.person().value())
			.toList();
		Map<UUID, String> typed = this.picks.people(people).stream().collect(Collectors.toMap(Pick::id, Pick::typed));
		Function<EscalationStep, String> party = (step) -> (step.role() != null) ? label(step.role())
				: typed.getOrDefault(step.person().value(), EscalationPathForm.Row.PERSON + step.person().value());
		return EscalationPathForm.of(path, party);
	}

	/**
	 * What a step's party field names: a role by its label or name (ignoring case), else
	 * an active person.
	 */
	EscalationPathForm.Parties parties() {
		return new EscalationPathForm.Parties() {

			@Override
			public PartyRole role(String text) {
				for (PartyRole role : PartyRole.values()) {
					if (role.name().equalsIgnoreCase(text) || label(role).equalsIgnoreCase(text)) {
						return role;
					}
				}
				return null;
			}

			@Override
			public PersonId person(String text, BindingResult result, String field) {
				UUID id = Picker.resolve(text, result, field,
						(limit) -> EscalationPathPages.this.picks.activePeople(text, true, limit));
				return (id != null) ? new PersonId(id) : null;
			}

		};
	}

	/**
	 * The suggestions of a step's party field: the roles whose label contains the text,
	 * then the active people whose name or e-mail address does.
	 */
	List<Pick> suggestions(String text, int limit) {
		String lower = text.trim().toLowerCase(Locale.ROOT);
		List<Pick> found = new ArrayList<>();
		for (PartyRole role : PartyRole.values()) {
			if (label(role).toLowerCase(Locale.ROOT).contains(lower)) {
				found.add(new Pick(null, label(role), null, false));
			}
		}
		found.addAll(this.picks.activePeople(text, false, limit - found.size()));
		return found;
	}

	private String label(PartyRole role) {
		return this.messages.getMessage("party.role." + role.name(), null, role.name(),
				LocaleContextHolder.getLocale());
	}

}
