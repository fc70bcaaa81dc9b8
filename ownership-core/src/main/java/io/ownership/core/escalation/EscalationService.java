package io.ownership.core.escalation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.ownership.core.action.ActionDirectory;
import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.responsibility.ResponsibilityService;
import io.ownership.core.responsibility.usecase.UseCase;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.responsibility.usecase.UseCaseRepository;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.StaleVersionException;
import jakarta.transaction.Transactional;

/**
 * The use cases of escalation paths: everyone reads a use case's path; security managers
 * set it (its steps and the triggers that follow it).
 */
@Transactional
public class EscalationService {

	private final EscalationPathRepository paths;

	private final UseCaseRepository useCases;

	private final ActionDirectory people;

	private final List<EscalationTrigger> triggers;

	private final AuditLog audit;

	private final Clock clock;

	public EscalationService(EscalationPathRepository paths, UseCaseRepository useCases, ActionDirectory people,
			List<EscalationTrigger> triggers, AuditLog audit, Clock clock) {
		this.paths = paths;
		this.useCases = useCases;
		this.people = people;
		this.triggers = List.copyOf(triggers);
		this.audit = audit;
		this.clock = clock;
	}

	/** The keys of the known triggers, in the order they are offered. */
	public List<String> triggerKeys() {
		return this.triggers.stream().map(EscalationTrigger::key).toList();
	}

	/** Which use case's path each trigger follows now. */
	public Map<String, EscalationPathRepository.UseCaseName> triggerOwners() {
		return this.paths.triggerOwners();
	}

	public EscalationPath path(UseCaseId id) {
		useCase(id);
		return this.paths.findByUseCase(id).orElseGet(() -> EscalationPath.none(id));
	}

	/**
	 * Sets the path of a use case: its steps (checked one by one, the field named with
	 * the step's index) and the triggers that follow it, none of which may follow another
	 * use case's path.
	 */
	public EscalationPath define(Actor actor, UseCaseId id, long version, List<StepDraft> drafts,
			Set<String> chosenTriggers) {
		if (!ResponsibilityService.canEdit(actor)) {
			throw new ForbiddenException("escalation.forbidden", "Only security managers set escalation paths");
		}
		UseCase useCase = useCase(id);
		List<EscalationStep> steps = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			steps.add(step(i, drafts.get(i)));
		}
		Set<String> known = new LinkedHashSet<>(triggerKeys());
		Map<String, EscalationPathRepository.UseCaseName> owners = this.paths.triggerOwners();
		for (String trigger : chosenTriggers) {
			if (!known.contains(trigger)) {
				throw new InvalidInputException("triggers", "escalation.triggers.unknown", "Choose from the list");
			}
			EscalationPathRepository.UseCaseName owner = owners.get(trigger);
			if (owner != null && !owner.id().equals(id)) {
				throw new InvalidInputException("triggers", "escalation.triggers.taken",
						"\"" + label(trigger) + "\" already follows the path of " + owner.name(), label(trigger),
						owner.name());
			}
		}
		EscalationPath path = this.paths.findByUseCase(id).orElseGet(() -> EscalationPath.none(id));
		if (path.version() != version) {
			throw new StaleVersionException("EscalationPath", id);
		}
		String before = describe(path);
		Set<String> triggersBefore = path.triggers();
		path.replace(steps, chosenTriggers);
		this.paths.save(path);
		this.audit.record(AuditEntry.of(this.clock.instant(), actor.username(), "escalation.pathChanged")
			.entity("UseCase", id)
			.summary("Escalation path of " + useCase.name() + " changed")
			.change("steps", before, describe(path))
			.change("triggers", labels(triggersBefore), labels(path.triggers()))
			.build());
		return path;
	}

	private EscalationStep step(int index, StepDraft draft) {
		String prefix = "steps[" + index + "].";
		try {
			if (draft.amount() == null) {
				throw new InvalidInputException("amount", "input.required", "Required");
			}
			if (draft.person() != null && this.people.activeName(draft.person()).isEmpty()) {
				throw new InvalidInputException("party", "escalation.step.person", "Choose an active person");
			}
			return new EscalationStep(draft.role(), draft.person(), draft.amount(), draft.unit());
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException(prefix + ex.field(), ex.code(), ex.getMessage(), ex.arguments());
		}
	}

	private UseCase useCase(UseCaseId id) {
		return this.useCases.findById(id).orElseThrow(() -> new NotFoundException("Use case", id));
	}

	/** The steps as the history says them, e.g. "1. risk owner after 2 working days". */
	private String describe(EscalationPath path) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < path.steps().size(); i++) {
			EscalationStep step = path.steps().get(i);
			String who = (step.role() != null) ? EscalationStep.roleName(step.role())
					: this.people.activeName(step.person()).orElse("a former person");
			parts.add((i + 1) + ". " + who + " after " + step.unit().describe(step.amount()));
		}
		return parts.isEmpty() ? "none" : String.join("; ", parts);
	}

	private String label(String trigger) {
		return this.triggers.stream()
			.filter((t) -> t.key().equals(trigger))
			.map(EscalationTrigger::label)
			.findFirst()
			.orElse(trigger);
	}

	private String labels(Set<String> keys) {
		return keys.isEmpty() ? "none" : keys.stream().map(this::label).collect(Collectors.joining(", "));
	}

}
