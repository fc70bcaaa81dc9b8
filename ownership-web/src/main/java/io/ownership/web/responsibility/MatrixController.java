package io.ownership.web.responsibility;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.responsibility.Activity;
import io.ownership.core.responsibility.ActivityId;
import io.ownership.core.responsibility.Applicability;
import io.ownership.core.responsibility.Matrix;
import io.ownership.core.responsibility.MatrixContent;
import io.ownership.core.responsibility.MatrixDiff;
import io.ownership.core.responsibility.MatrixQuery;
import io.ownership.core.responsibility.MatrixRepository;
import io.ownership.core.responsibility.MatrixRuleException;
import io.ownership.core.responsibility.MatrixVersion;
import io.ownership.core.responsibility.Party;
import io.ownership.core.responsibility.PartyId;
import io.ownership.core.responsibility.PartyRole;
import io.ownership.core.responsibility.Raci;
import io.ownership.core.responsibility.ResponsibilityReadModel;
import io.ownership.core.responsibility.ResponsibilityService;
import io.ownership.core.responsibility.StaleDraftException;
import io.ownership.core.responsibility.TeamRef;
import io.ownership.core.responsibility.UseCase;
import io.ownership.core.responsibility.UseCaseId;
import io.ownership.core.responsibility.Violation;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.StaleVersionException;
import io.ownership.web.support.Csv;
import io.ownership.web.support.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /matrices}: the use cases; the page of each, which reads the matrix (the draft
 * for those who may read drafts, the latest published version for others) without
 * building the editor; the editor on a page of its own ({@code /edit}, edited cell by
 * cell with htmx, or with plain form posts when JavaScript is off); the published
 * versions and their differences. Who may do what is decided by
 * {@link ResponsibilityService}.
 */
@Controller
@RequestMapping("/matrices")
class MatrixController {

	private static final String EDITOR_PAGE = "responsibility/matrix-edit";

	private static final String EDITOR = EDITOR_PAGE + " :: editor";

	private static final String ROW = EDITOR_PAGE + " :: cell-change";

	private final ResponsibilityService service;

	private final MatrixQuery query;

	private final ResponsibilityReadModel reads;

	private final MessageSource messages;

	MatrixController(ResponsibilityService service, MatrixQuery query, ResponsibilityReadModel reads,
			MessageSource messages) {
		this.service = service;
		this.query = query;
		this.reads = reads;
		this.messages = messages;
	}

	@ModelAttribute("letters")
	Raci[] letters() {
		return Raci.values();
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("useCases", this.query.useCases());
		model.addAttribute("canEdit", ResponsibilityService.canEdit(actor));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new UseCaseForm());
		}
		return "responsibility/list";
	}

	@PostMapping
	String create(Actor actor, @Valid @ModelAttribute("form") UseCaseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requireEditor(actor);
		if (!result.hasErrors()) {
			try {
				UseCase useCase = this.service.define(actor, form.getName(), form.getDescription(), form.isMandatory());
				redirect.addFlashAttribute("flash", "useCase.created");
				return "redirect:/matrices/" + useCase.id();
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return list(actor, model);
	}

	/**
	 * The matrix as read: the draft with its rule violations for those who may read
	 * drafts, the latest published version for others. Reads only what it shows: no team
	 * list, no editor.
	 */
	@GetMapping("/{id}")
	String page(Actor actor, @PathVariable UUID id, Model model, Locale locale) {
		UseCaseId useCaseId = new UseCaseId(id);
		UseCase useCase = this.service.load(useCaseId);
		List<MatrixRepository.VersionSummary> versions = this.service.versions(useCaseId);
		model.addAttribute("useCase", useCase);
		model.addAttribute("versions", versions);
		model.addAttribute("canEdit", ResponsibilityService.canEdit(actor));
		model.addAttribute("canReadDrafts", ResponsibilityService.canReadDrafts(actor));
		model.addAttribute("chosenProducts", this.query.chosenProducts(useCase.applicability().products()));
		if (ResponsibilityService.canReadDrafts(actor)) {
			Matrix draft = this.service.draft(actor, useCaseId);
			model.addAttribute("draft", draft);
			violationModel(draft.content(), model);
			model.addAttribute("labels", labels(draft.parties(), locale));
		}
		else {
			int latest = versions.stream().mapToInt(MatrixRepository.VersionSummary::number).max().orElse(0);
			if (latest > 0) {
				MatrixVersion version = this.service.version(useCaseId, latest);
				model.addAttribute("published", version);
				model.addAttribute("labels", labels(version.content().parties(), locale));
			}
		}
		return "responsibility/matrix";
	}

	/**
	 * The draft editor: every cell, the forms for activities, parties and details, and
	 * publishing.
	 */
	@GetMapping("/{id}/edit")
	String edit(Actor actor, @PathVariable UUID id, Model model, Locale locale) {
		requireEditor(actor);
		return editor(actor, new UseCaseId(id), model, locale);
	}

	private String editor(Actor actor, UseCaseId id, Model model, Locale locale) {
		UseCase useCase = this.service.load(id);
		model.addAttribute("useCase", useCase);
		editorModel(this.service.draft(actor, id), teamNames(), model, locale);
		if (!model.containsAttribute("form")) {
			UseCaseForm form = new UseCaseForm();
			form.setName(useCase.name());
			form.setDescription(useCase.description());
			form.setMandatory(useCase.mandatory());
			form.setVersion(useCase.version());
			model.addAttribute("form", form);
		}
		return EDITOR_PAGE;
	}

	private static void violationModel(MatrixContent content, Model model) {
		List<Violation> violations = content.violations();
		model.addAttribute("violations", violations);
		Map<ActivityId, List<Violation>> byRow = new LinkedHashMap<>();
		content.activities().forEach((activity) -> byRow.put(activity.id(), new ArrayList<>()));
		violations.stream()
			.filter((violation) -> violation.activity() != null)
			.forEach((violation) -> byRow.get(violation.activity()).add(violation));
		model.addAttribute("rowViolations", byRow);
	}

	private void editorModel(Matrix draft, Map<TeamId, String> teamNames, Model model, Locale locale) {
		MatrixContent content = draft.content();
		model.addAttribute("draft", draft);
		model.addAttribute("labels", new PartyLabels(content.parties(), teamNames, this.messages, locale));
		violationModel(content, model);
		Set<PartyRole> usedRoles = content.parties()
			.stream()
			.map(Party::role)
			.filter((role) -> role != null)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(PartyRole.class)));
		model.addAttribute("freeRoles", EnumSet
			.complementOf(usedRoles.isEmpty() ? EnumSet.noneOf(PartyRole.class) : EnumSet.copyOf(usedRoles)));
		Set<TeamId> usedTeams = content.parties()
			.stream()
			.map(Party::team)
			.filter((team) -> team != null)
			.collect(Collectors.toSet());
		model.addAttribute("freeTeams",
				teamNames.entrySet()
					.stream()
					.filter((entry) -> !usedTeams.contains(entry.getKey()))
					.map((entry) -> new TeamRef(entry.getKey(), entry.getValue()))
					.sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
					.toList());
	}

	@PostMapping("/{id}/details")
	String describe(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") UseCaseForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		UseCaseId useCase = new UseCaseId(id);
		requireEditor(actor);
		if (!result.hasErrors()) {
			try {
				this.service.describe(actor, useCase, form.getVersion(), form.getName(), form.getDescription(),
						form.isMandatory());
				redirect.addFlashAttribute("flash", "useCase.updated");
				return "redirect:/matrices/" + id + "/edit";
			}
			catch (StaleVersionException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("detailsConflict", true);
				form.setVersion(this.service.load(useCase).version());
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return editor(actor, useCase, model, locale);
	}

	/**
	 * The applicability form on a page of its own: it lists every product to choose from,
	 * which the matrix page, shown far more often, does not need.
	 */
	@GetMapping("/{id}/applicability")
	String applicability(Actor actor, @PathVariable UUID id, Model model) {
		requireEditor(actor);
		UseCase useCase = this.service.load(new UseCaseId(id));
		model.addAttribute("form", ApplicabilityForm.of(useCase));
		return applicabilityPage(useCase, model);
	}

	@PostMapping("/{id}/applicability")
	String applyTo(Actor actor, @PathVariable UUID id, @ModelAttribute("form") ApplicabilityForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		requireEditor(actor);
		UseCaseId useCase = new UseCaseId(id);
		if (!result.hasErrors()) {
			try {
				Set<ProductKind> chosenKinds = EnumSet.noneOf(ProductKind.class);
				form.getKinds().forEach((kind) -> chosenKinds.add(parseKind(kind)));
				Set<ProductId> chosenProducts = new LinkedHashSet<>();
				form.getProducts().forEach((product) -> chosenProducts.add(new ProductId(product)));
				this.service.applyTo(actor, useCase, form.getVersion(), new Applicability(chosenKinds, chosenProducts));
				redirect.addFlashAttribute("flash", "useCase.applicabilityChanged");
				return "redirect:/matrices/" + id;
			}
			catch (StaleVersionException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("applicabilityConflict", true);
				form.setVersion(this.service.load(useCase).version());
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return applicabilityPage(this.service.load(useCase), model);
	}

	private String applicabilityPage(UseCase useCase, Model model) {
		model.addAttribute("useCase", useCase);
		model.addAttribute("chosenProducts", this.query.chosenProducts(useCase.applicability().products()));
		model.addAttribute("kinds", ProductKind.values());
		model.addAttribute("products", this.query.products());
		return "responsibility/applicability";
	}

	@PostMapping("/{id}/cells")
	String assign(Actor actor, @PathVariable UUID id, @RequestParam UUID activity, @RequestParam UUID party,
			@RequestParam(required = false) String letter, @RequestParam long revision, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		ActivityId activityId = new ActivityId(activity);
		return change(actor, new UseCaseId(id), model, locale, request, response, redirect, activityId,
				() -> this.service.assign(actor, new UseCaseId(id), revision, activityId, new PartyId(party),
						Raci.ofLetter(letter)));
	}

	@PostMapping("/{id}/activities")
	String addActivity(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String description, @RequestParam long revision, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return change(actor, new UseCaseId(id), model, locale, request, response, redirect, null,
				() -> this.service.addActivity(actor, new UseCaseId(id), revision, name, description));
	}

	@PostMapping("/{id}/activities/{activity}")
	String renameActivity(Actor actor, @PathVariable UUID id, @PathVariable UUID activity,
			@RequestParam(required = false) String name, @RequestParam(required = false) String description,
			@RequestParam long revision, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		return change(actor, new UseCaseId(id), model, locale, request, response, redirect, null, () -> this.service
			.renameActivity(actor, new UseCaseId(id), revision, new ActivityId(activity), name, description));
	}

	@PostMapping("/{id}/activities/{activity}/move")
	String moveActivity(Actor actor, @PathVariable UUID id, @PathVariable UUID activity,
			@RequestParam Matrix.Direction direction, @RequestParam long revision, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return change(actor, new UseCaseId(id), model, locale, request, response, redirect, null, () -> this.service
			.moveActivity(actor, new UseCaseId(id), revision, new ActivityId(activity), direction));
	}

	@PostMapping("/{id}/activities/{activity}/remove")
	String removeActivity(Actor actor, @PathVariable UUID id, @PathVariable UUID activity, @RequestParam long revision,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(actor, new UseCaseId(id), model, locale, request, response, redirect, null,
				() -> this.service.removeActivity(actor, new UseCaseId(id), revision, new ActivityId(activity)));
	}

	@PostMapping("/{id}/parties")
	String addParty(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String party,
			@RequestParam(required = false) String label, @RequestParam long revision, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return change(actor, new UseCaseId(id), model, locale, request, response, redirect, null, () -> {
			boolean isTeam = party != null && party.startsWith("team:");
			boolean isRole = party != null && party.startsWith("role:");
			TeamId team = isTeam ? new TeamId(parseUuid(party.substring(5))) : null;
			PartyRole role = isRole ? parseRole(party.substring(5)) : null;
			return this.service.addParty(actor, new UseCaseId(id), revision, role, team, label);
		});
	}

	@PostMapping("/{id}/parties/{party}")
	String relabelParty(Actor actor, @PathVariable UUID id, @PathVariable UUID party,
			@RequestParam(required = false) String label, @RequestParam long revision, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return change(actor, new UseCaseId(id), model, locale, request, response, redirect, null,
				() -> this.service.relabelParty(actor, new UseCaseId(id), revision, new PartyId(party), label));
	}

	@PostMapping("/{id}/parties/{party}/move")
	String moveParty(Actor actor, @PathVariable UUID id, @PathVariable UUID party,
			@RequestParam Matrix.Direction direction, @RequestParam long revision, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return change(actor, new UseCaseId(id), model, locale, request, response, redirect, null,
				() -> this.service.moveParty(actor, new UseCaseId(id), revision, new PartyId(party), direction));
	}

	@PostMapping("/{id}/parties/{party}/remove")
	String removeParty(Actor actor, @PathVariable UUID id, @PathVariable UUID party, @RequestParam long revision,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		return change(actor, new UseCaseId(id), model, locale, request, response, redirect, null,
				() -> this.service.removeParty(actor, new UseCaseId(id), revision, new PartyId(party)));
	}

	@PostMapping("/{id}/publish")
	String publish(Actor actor, @PathVariable UUID id, @RequestParam long revision, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		UseCaseId useCase = new UseCaseId(id);
		try {
			MatrixVersion version = this.service.publish(actor, useCase, revision);
			redirect.addFlashAttribute("flash", "matrix.published");
			return "redirect:/matrices/" + id + "/versions/" + version.number();
		}
		catch (StaleDraftException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", new Conflict(null, null, null, ex.currentRevision()));
		}
		catch (MatrixRuleException ex) {
			response.setStatus(422);
			model.addAttribute("problem", ex);
		}
		catch (ForbiddenException | NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			model.addAttribute("problem", ex);
		}
		return editor(actor, useCase, model, locale);
	}

	/**
	 * Runs one change of the draft. With htmx the answer is the changed row (for a cell)
	 * or the whole editor; without, a redirect to the editor page. A change on a stale
	 * revision shows the current draft with the value the change was about.
	 */
	private String change(Actor actor, UseCaseId id, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, ActivityId row, Supplier<?> action) {
		boolean htmx = "true".equals(request.getHeader("HX-Request"));
		try {
			action.get();
			if (!htmx) {
				redirect.addFlashAttribute("flash", "matrix.saved");
				return "redirect:/matrices/" + id + "/edit" + ((row != null) ? "#row-" + row : "");
			}
			Matrix draft = this.service.draft(actor, id);
			model.addAttribute("useCase", this.service.load(id));
			if (row != null) {
				// One row answers a cell change: its columns' names, not every team of
				// the organization that the "add a party" form offers.
				model.addAttribute("draft", draft);
				model.addAttribute("labels", labels(draft.content().parties(), locale));
				violationModel(draft.content(), model);
				int index = indexOf(draft, row);
				model.addAttribute("activity", draft.activities().get(index));
				model.addAttribute("rowIndex", index);
				return ROW;
			}
			editorModel(draft, teamNames(), model, locale);
			return EDITOR;
		}
		catch (StaleDraftException ex) {
			Matrix current = this.service.draft(actor, id);
			Conflict conflict = conflict(ex, current, locale);
			model.addAttribute("conflict", conflict);
			return problem(actor, id, model, locale, response, htmx, HttpServletResponse.SC_CONFLICT);
		}
		catch (ForbiddenException | NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			model.addAttribute("problem", ex);
			return problem(actor, id, model, locale, response, htmx, 422);
		}
	}

	private String problem(Actor actor, UseCaseId id, Model model, Locale locale, HttpServletResponse response,
			boolean htmx, int status) {
		if (htmx) {
			response.setHeader("HX-Retarget", "#matrix-editor");
			response.setHeader("HX-Reswap", "outerHTML");
			editorModel(this.service.draft(actor, id), teamNames(), model, locale);
			model.addAttribute("useCase", this.service.load(id));
			return EDITOR;
		}
		response.setStatus(status);
		return editor(actor, id, model, locale);
	}

	private Conflict conflict(StaleDraftException ex, Matrix current, Locale locale) {
		if (ex.cell() == null) {
			return new Conflict(null, null, null, ex.currentRevision());
		}
		String activity = current.activities()
			.stream()
			.filter((a) -> a.id().equals(ex.cell().activity()))
			.map(Activity::name)
			.findFirst()
			.orElse(null);
		String party = current.parties()
			.stream()
			.filter((p) -> p.id().equals(ex.cell().party()))
			.map((p) -> PartyLabels.label(p, teamNames(), this.messages, locale))
			.findFirst()
			.orElse(null);
		String letter = (ex.currentLetter() != null) ? ex.currentLetter().letter() : null;
		return new Conflict(activity, party, letter, ex.currentRevision());
	}

	/**
	 * What the page says when a change was refused because the draft had moved on.
	 *
	 * @param activity the row of the refused cell change, or null
	 * @param party the column of the refused cell change, or null
	 * @param currentLetter what the cell holds now (null: empty)
	 * @param revision the draft's current revision
	 */
	record Conflict(String activity, String party, String currentLetter, long revision) {

		public boolean aboutCell() {
			return this.activity != null && this.party != null;
		}

	}

	@GetMapping("/{id}/versions/{number}")
	String version(Actor actor, @PathVariable UUID id, @PathVariable int number,
			@RequestParam(name = "print", required = false) String print, Model model, Locale locale) {
		UseCaseId useCase = new UseCaseId(id);
		MatrixVersion version = this.service.version(useCase, number);
		model.addAttribute("useCase", this.service.load(useCase));
		model.addAttribute("version", version);
		model.addAttribute("versions", this.service.versions(useCase));
		model.addAttribute("labels", labels(version.content().parties(), locale));
		model.addAttribute("print", print != null);
		return "responsibility/version";
	}

	@GetMapping("/{id}/versions/{number}/diff")
	String diff(@PathVariable UUID id, @PathVariable int number,
			@RequestParam(name = "against", required = false) Integer against, Model model, Locale locale) {
		UseCaseId useCase = new UseCaseId(id);
		MatrixVersion newer = this.service.version(useCase, number);
		if (against == null && number <= 1) {
			// The first version has nothing before it: say so rather than compare it with
			// nothing.
			model.addAttribute("useCase", this.service.load(useCase));
			model.addAttribute("newer", newer);
			model.addAttribute("first", true);
			return "responsibility/diff";
		}
		MatrixVersion older = this.service.version(useCase, (against != null) ? against : number - 1);
		MatrixDiff diff = MatrixDiff.between(older.content(), newer.content());
		Set<Party> parties = new HashSet<>(newer.content().parties());
		parties.addAll(older.content().parties());
		model.addAttribute("useCase", this.service.load(useCase));
		model.addAttribute("newer", newer);
		model.addAttribute("older", older);
		model.addAttribute("diff", diff);
		model.addAttribute("labels", labels(parties, locale));
		return "responsibility/diff";
	}

	@GetMapping("/{id}/versions/{number}/csv")
	ResponseEntity<String> csv(@PathVariable UUID id, @PathVariable int number, Locale locale) {
		UseCaseId useCase = new UseCaseId(id);
		MatrixVersion version = this.service.version(useCase, number);
		UseCase details = this.service.load(useCase);
		PartyLabels labels = labels(version.content().parties(), locale);
		List<String> header = new ArrayList<>();
		header.add(this.messages.getMessage("matrix.activity", null, locale));
		version.content().parties().forEach((party) -> header.add(labels.of(party)));
		StringBuilder csv = new StringBuilder(Csv.line(header.toArray()));
		for (Activity activity : version.content().activities()) {
			List<String> row = new ArrayList<>();
			row.add(activity.name());
			for (Party party : version.content().parties()) {
				Raci raci = version.content().letter(activity.id(), party.id());
				row.add((raci != null) ? raci.letter() : "");
			}
			csv.append(Csv.line(row.toArray()));
		}
		return csvResponse(csv, details.name() + " v" + number + ".csv");
	}

	static ResponseEntity<String> csvResponse(CharSequence csv, String filename) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(csv.toString());
	}

	/**
	 * The column headers of these parties, naming only their fixed teams.
	 */
	private PartyLabels labels(Collection<Party> parties, Locale locale) {
		Set<TeamId> teams = parties.stream()
			.map(Party::team)
			.filter((team) -> team != null)
			.collect(Collectors.toSet());
		Map<TeamId, String> names = new HashMap<>();
		this.reads.teams(teams).forEach((team, ref) -> names.put(team, ref.name()));
		return new PartyLabels(parties, names, this.messages, locale);
	}

	/**
	 * Every team's name: the editor offers them as columns.
	 */
	private Map<TeamId, String> teamNames() {
		return this.query.teams().stream().collect(Collectors.toMap(TeamRef::id, TeamRef::name, (a, b) -> a));
	}

	private static void requireEditor(Actor actor) {
		if (!ResponsibilityService.canEdit(actor)) {
			throw new ForbiddenException("matrix.forbidden", "Only security managers change use cases and matrices");
		}
	}

	private static int indexOf(Matrix draft, ActivityId activity) {
		List<Activity> activities = draft.activities();
		for (int i = 0; i < activities.size(); i++) {
			if (activities.get(i).id().equals(activity)) {
				return i;
			}
		}
		throw new NotFoundException("Activity", activity);
	}

	private static UUID parseUuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("party", "matrix.party.roleOrTeam", "Choose a role or a team");
		}
	}

	private static ProductKind parseKind(String value) {
		try {
			return ProductKind.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("kinds", "useCase.kind.unknown", "Unknown product kind");
		}
	}

	private static PartyRole parseRole(String value) {
		try {
			return PartyRole.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("party", "matrix.party.roleOrTeam", "Choose a role or a team");
		}
	}

}
