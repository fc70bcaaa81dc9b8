package io.ownership.web.program;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.catalog.CatalogService;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.program.champion.ChampionQuery;
import io.ownership.core.program.Choice;
import io.ownership.core.program.training.Completion;
import io.ownership.core.program.training.Course;
import io.ownership.core.program.training.CourseFormat;
import io.ownership.core.program.training.CourseId;
import io.ownership.core.program.training.LearningPath;
import io.ownership.core.program.ProgramDirectory;
import io.ownership.core.program.training.RequiredCourse;
import io.ownership.core.program.training.TrainingQuery;
import io.ownership.core.program.training.TrainingRole;
import io.ownership.core.program.training.TrainingService;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.web.support.FormPost;
import io.ownership.core.shared.Role;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /training}: completion rates of the organization and per team (everyone reads
 * them), courses and learning paths, a person's required training
 * ({@code /training/people/{id}}: the person, security managers and auditors), and the
 * import of a learning platform's completions.
 */
@Controller
@RequestMapping("/training")
class TrainingController {

	private final TrainingService training;

	private final TrainingQuery query;

	private final ChampionQuery choices;

	private final CatalogService catalog;

	private final ProgramDirectory directory;

	private final Clock clock;

	TrainingController(TrainingService training, TrainingQuery query, ChampionQuery choices, CatalogService catalog,
			ProgramDirectory directory, Clock clock) {
		this.training = training;
		this.query = query;
		this.choices = choices;
		this.catalog = catalog;
		this.directory = directory;
		this.clock = clock;
	}

	@ModelAttribute("courseFormats")
	CourseFormat[] courseFormats() {
		return CourseFormat.values();
	}

	@ModelAttribute("trainingRoles")
	TrainingRole[] trainingRoles() {
		return TrainingRole.values();
	}

	@GetMapping
	String overview(Actor actor, Model model) {
		return overviewPage(actor, model);
	}

	@PostMapping("/courses")
	String createCourse(Actor actor, @Valid @ModelAttribute("courseForm") CourseForm courseForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, redirect, "course.created", () -> {
			this.training.createCourse(actor, courseForm.getTitle(), courseForm.getProvider(), courseForm.getFormat(),
					courseForm.getHours(), courseForm.getValidityMonths());
			return "redirect:/training";
		}, () -> overviewPage(actor, model));
	}

	@PostMapping("/paths")
	String definePath(Actor actor, @Valid @ModelAttribute("pathForm") PathForm pathForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, redirect, "path.defined", () -> {
			this.training.definePath(actor, new LearningPath(pathForm.getRole(), pathForm.getDueDays(),
					pathForm.getCourses().stream().map(CourseId::new).toList()));
			return "redirect:/training";
		}, () -> overviewPage(actor, model));
	}

	@PostMapping("/completions")
	String recordCompletion(Actor actor, @Valid @ModelAttribute("completionForm") CompletionForm completionForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormPost.submit(result, redirect, null, () -> {
			boolean added = this.training.recordCompletion(actor,
					new Completion(new PersonId(completionForm.getPerson()), new CourseId(completionForm.getCourse()),
							completionForm.getCompletedOn(), completionForm.getScore()));
			redirect.addFlashAttribute("flash", added ? "completion.recorded" : "completion.alreadyRecorded");
			return "redirect:/training/people/" + completionForm.getPerson();
		}, () -> overviewPage(actor, model));
	}

	private String overviewPage(Actor actor, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("organization", this.query.organization(today));
		model.addAttribute("teams", this.query.byTeam(today));
		List<Course> courses = this.query.courses();
		model.addAttribute("courses", courses);
		Map<CourseId, String> titles = new LinkedHashMap<>();
		courses.forEach((course) -> titles.put(course.id(), course.title()));
		model.addAttribute("courseTitles", titles);
		model.addAttribute("courseChoices",
				courses.stream().map((course) -> new Choice(course.id().value(), course.title())).toList());
		model.addAttribute("paths", this.query.paths());
		model.addAttribute("me", this.directory.personOf(actor.username()).map(PersonId::value).orElse(null));
		// The forms that choose people are a security manager's.
		model.addAttribute("personChoices",
				actor.has(Role.SECURITY_MANAGER) ? this.choices.people() : List.<Choice>of());
		if (!model.containsAttribute("courseForm")) {
			model.addAttribute("courseForm", new CourseForm());
		}
		if (!model.containsAttribute("pathForm")) {
			model.addAttribute("pathForm", new PathForm());
		}
		if (!model.containsAttribute("completionForm")) {
			model.addAttribute("completionForm", CompletionForm.on(today));
		}
		return "program/training";
	}

	@GetMapping("/me")
	String mine(Actor actor) {
		PersonId me = this.directory.personOf(actor.username())
			.orElseThrow(() -> new NotFoundException("Person", actor.username()));
		return "redirect:/training/people/" + me;
	}

	@GetMapping("/people/{id}")
	String person(Actor actor, @PathVariable UUID id, Model model) {
		PersonId personId = new PersonId(id);
		Optional<PersonId> self = this.directory.personOf(actor.username());
		if (!this.training.maySeeTrainingOf(actor, personId, self)) {
			throw new ForbiddenException("training.person.forbidden",
					"Only the person, security managers and auditors see a person's training record");
		}
		Person person = this.catalog.person(personId).orElseThrow(() -> new NotFoundException("Person", id));
		LocalDate today = LocalDate.now(this.clock);
		var requirements = this.query.requirementsOf(personId, today);
		var completions = this.query.completionsOf(personId);
		var required = RequiredCourse.evaluate(requirements, completions, today);
		Map<CourseId, Course> courses = new LinkedHashMap<>();
		this.query.courses().forEach((course) -> courses.put(course.id(), course));
		model.addAttribute("person", person);
		model.addAttribute("today", today);
		model.addAttribute("roles", this.query.rolesOf(personId));
		model.addAttribute("required", required);
		model.addAttribute("done", required.stream().filter((r) -> r.state().done()).count());
		model.addAttribute("overdue", required.stream().filter((r) -> r.state().overdue()).count());
		model.addAttribute("completions", completions);
		model.addAttribute("courses", courses);
		return "program/person-training";
	}

	@GetMapping("/import")
	String importPage(Actor actor, Model model) {
		TrainingService.requireManager(actor);
		model.addAttribute("form", new CompletionImportForm());
		return "program/import";
	}

	@PostMapping("/import")
	String importCompletions(Actor actor, @ModelAttribute("form") CompletionImportForm form, BindingResult result,
			Model model, RedirectAttributes redirect) throws IOException {
		String content = form.content();
		return FormPost.submit(result, redirect, null, () -> {
			model.addAttribute("report", this.training.importCompletions(actor, content, form.isApply()));
			return "program/import";
		}, () -> "program/import");
	}

}
