package io.ownership.web.program;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.program.training.Completion;
import io.ownership.core.program.training.CourseId;
import io.ownership.core.program.training.ImportReport;
import io.ownership.core.program.training.LearningPath;
import io.ownership.core.program.ProgramDirectory;
import io.ownership.core.program.training.TrainingService;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.NotFoundException;
import io.ownership.web.support.FormPost;
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

	private final TrainingPages pages;

	private final ProgramDirectory directory;

	private final Clock clock;

	TrainingController(TrainingService training, TrainingPages pages, ProgramDirectory directory, Clock clock) {
		this.training = training;
		this.pages = pages;
		this.directory = directory;
		this.clock = clock;
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
		model.addAttribute("page", this.pages.overview(actor));
		if (!model.containsAttribute("courseForm")) {
			model.addAttribute("courseForm", new CourseForm());
		}
		if (!model.containsAttribute("pathForm")) {
			model.addAttribute("pathForm", new PathForm());
		}
		if (!model.containsAttribute("completionForm")) {
			model.addAttribute("completionForm", CompletionForm.on(LocalDate.now(this.clock)));
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
		model.addAttribute("page", this.pages.person(actor, new PersonId(id)));
		return "program/person-training";
	}

	@GetMapping("/import")
	String importPage(Actor actor, Model model) {
		TrainingService.requireManager(actor);
		return importPage(new CompletionImportForm(), null, model);
	}

	@PostMapping("/import")
	String importCompletions(Actor actor, @ModelAttribute("form") CompletionImportForm form, BindingResult result,
			Model model, RedirectAttributes redirect) throws IOException {
		String content = form.content();
		return FormPost.submit(result, redirect, null,
				() -> importPage(form, this.training.importCompletions(actor, content, form.isApply()), model),
				() -> importPage(form, null, model));
	}

	private String importPage(CompletionImportForm form, ImportReport report, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("page", TrainingPages.imported(report));
		return "program/import";
	}

}
