package io.ownership.web.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.action.ActionQuery;
import io.ownership.core.action.ActionRow;
import io.ownership.core.action.ActionSource;
import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.audit.AuditRecord;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.incident.IncidentId;
import io.ownership.core.incident.IncidentService;
import io.ownership.core.incident.IncidentView;
import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.AppliedMatrix;
import io.ownership.core.responsibility.ProductResponsibilities;
import io.ownership.core.responsibility.ProductResponsibility;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Page;
import io.ownership.web.audit.HistoryLabels;
import io.ownership.web.support.PagingForm;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds the incident's page ({@link IncidentPage}) and its post-mortem page
 * ({@link PostMortemPage}): the one place that decides what they show, for the pages
 * themselves and for the posts that show them again with errors.
 */
@Component
class IncidentPages {

	/** The entries of the history a page shows. */
	private static final int HISTORY_SHOWN = 20;

	private final IncidentService incidents;

	private final ProductResponsibilities responsibilities;

	private final ActionQuery actions;

	private final AuditQuery history;

	private final HistoryLabels historyLabels;

	private final Clock clock;

	private final UseCaseId incidentManagement;

	IncidentPages(IncidentService incidents, ProductResponsibilities responsibilities, ActionQuery actions,
			AuditQuery history, HistoryLabels historyLabels, Clock clock,
			@Value("${ownership.incidents.use-case:175e63f2-180a-589e-9827-73c7c9d9c793}") UUID incidentManagement) {
		this.incidents = incidents;
		this.responsibilities = responsibilities;
		this.actions = actions;
		this.history = history;
		this.historyLabels = historyLabels;
		this.clock = clock;
		this.incidentManagement = new UseCaseId(incidentManagement);
	}

	/**
	 * The incident's page.
	 *
	 * @param matrix the product's incident-management matrix, null when none applies
	 * @param actionOpen whether the form that opens an action (model attribute
	 * {@code actionForm}) is shown
	 */
	record IncidentPage(IncidentView incident, boolean mayEdit, AppliedMatrix matrix, UUID incidentManagement,
			List<ActionRow> actions, boolean actionOpen, Page<AuditRecord> history, HistoryLabels.Shown historyLabels) {

	}

	/**
	 * The post-mortem's form with the activities it may name, the incident-management
	 * matrix's first.
	 */
	record PostMortemPage(IncidentView incident, List<ActivityChoice> activities) {

	}

	/**
	 * An activity the post-mortem may name: its form value, its use case and its name.
	 */
	record ActivityChoice(String value, String useCase, String name) {

	}

	/**
	 * @param history the page of the history asked for ({@code ?page=})
	 */
	IncidentPage page(Actor actor, UUID id, PagingForm history) {
		IncidentView view = this.incidents.view(actor, new IncidentId(id));
		Product product = product(view);
		boolean mayEdit = this.incidents.mayEdit(actor, product);
		ProductResponsibility responsibility = this.responsibilities.forProduct(product.id());
		boolean actionOpen = mayEdit && view.postMortem() != null;
		Page<AuditRecord> records = this.history.search(AuditFilter.forEntity("Incident", id),
				history.pageRequest(HISTORY_SHOWN));
		return new IncidentPage(view, mayEdit, incidentMatrix(responsibility).orElse(null),
				this.incidentManagement.value(),
				this.actions.ofSource(ActionSource.Kind.POST_MORTEM, id.toString(), LocalDate.now(this.clock)),
				actionOpen, records, this.historyLabels.of(records.content(), LocaleContextHolder.getLocale()));
	}

	PostMortemPage postMortem(IncidentView view) {
		ProductResponsibility responsibility = this.responsibilities.forProduct(new ProductId(view.row().productId()));
		List<ActivityChoice> activities = new ArrayList<>();
		Optional<AppliedMatrix> incidentMatrix = incidentMatrix(responsibility);
		incidentMatrix.ifPresent((matrix) -> addActivities(matrix, activities));
		for (AppliedMatrix matrix : responsibility.matrices()) {
			if (incidentMatrix.isEmpty() || !matrix.useCase().equals(incidentMatrix.get().useCase())) {
				addActivities(matrix, activities);
			}
		}
		return new PostMortemPage(view, activities);
	}

	Product product(IncidentView view) {
		return this.incidents.product(new ProductId(view.row().productId()));
	}

	private static void addActivities(AppliedMatrix matrix, List<ActivityChoice> choices) {
		for (Activity activity : matrix.version().content().activities()) {
			choices.add(new ActivityChoice(matrix.useCase().value() + "/" + activity.id().value(), matrix.useCaseName(),
					activity.name()));
		}
	}

	private Optional<AppliedMatrix> incidentMatrix(ProductResponsibility responsibility) {
		return responsibility.matrices()
			.stream()
			.filter((matrix) -> matrix.useCase().equals(this.incidentManagement))
			.findFirst();
	}

}
