package io.ownership.web.catalog.imports;

import java.util.List;
import java.util.UUID;

import io.ownership.core.catalog.imports.ImportBatch;
import io.ownership.core.catalog.imports.ImportPlan;
import io.ownership.core.catalog.imports.ImportService;
import io.ownership.core.shared.Actor;
import io.ownership.web.support.FormPost;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /import}: upload Backstage or CSV files, see the dry run, apply it. The page's
 * model is the bound {@link ImportForm} ({@code form}) and, after a dry run, its
 * {@link ImportReport} ({@code page}).
 */
@Controller
@RequestMapping("/import")
class ImportController {

	private static final String PAGE = "import/page";

	private final ImportService imports;

	ImportController(ImportService imports) {
		this.imports = imports;
	}

	@GetMapping
	String page(Actor actor, Model model) {
		ImportService.authorize(actor);
		model.addAttribute("form", new ImportForm());
		return PAGE;
	}

	@PostMapping
	String dryRun(Actor actor, @ModelAttribute("form") ImportForm form, BindingResult result, HttpSession session,
			Model model, RedirectAttributes redirect) {
		ImportService.authorize(actor);
		return FormPost.submit(result, redirect, null, () -> {
			List<UploadedFile> files = form.uploadedFiles();
			return report(actor, form, ImportFiles.read(form.getFormat(), files), files, null, session, model);
		}, () -> PAGE);
	}

	@PostMapping("/apply")
	String apply(Actor actor, @ModelAttribute("form") ImportForm form, BindingResult result, HttpSession session,
			Model model, RedirectAttributes redirect) {
		ImportService.authorize(actor);
		if (!(session.getAttribute(PendingImport.SESSION_ATTRIBUTE) instanceof PendingImport pending)
				|| !pending.token().equals(form.getToken())) {
			redirect.addFlashAttribute("flash", "import.expired");
			return "redirect:/import";
		}
		form.setFormat(pending.format());
		ImportBatch batch = ImportFiles.read(pending.format(), pending.files());
		return FormPost.submit(result, redirect, "import.applied", () -> {
			this.imports.apply(actor, batch, pending.fingerprint());
			session.removeAttribute(PendingImport.SESSION_ATTRIBUTE);
			return "redirect:/import";
		}, () -> report(actor, form, batch, pending.files(), refusal(result), session, model));
	}

	private static String refusal(BindingResult result) {
		return (result.getGlobalError() != null) ? result.getGlobalError().getCode() : null;
	}

	/**
	 * Plans the batch, keeps its files and fingerprint in the session for applying, and
	 * renders the dry run.
	 */
	private String report(Actor actor, ImportForm form, ImportBatch batch, List<UploadedFile> files, String refused,
			HttpSession session, Model model) {
		ImportPlan plan = this.imports.dryRun(actor, batch);
		PendingImport pending = new PendingImport(UUID.randomUUID().toString(), form.getFormat(), files,
				plan.fingerprint());
		session.setAttribute(PendingImport.SESSION_ATTRIBUTE, pending);
		model.addAttribute("page", ImportReport.of(plan, pending, refused));
		return PAGE;
	}

}
