package io.ownership.web.catalog.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.ownership.core.catalog.imports.ImportBatch;
import io.ownership.core.catalog.imports.ImportPlan;
import io.ownership.core.catalog.imports.ImportRejectedException;
import io.ownership.core.catalog.imports.ImportService;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.InvalidInputException;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /import}: upload Backstage or CSV files, see the dry run, apply it.
 */
@Controller
@RequestMapping("/import")
class ImportController {

	private final ImportService imports;

	ImportController(ImportService imports) {
		this.imports = imports;
	}

	@GetMapping
	String page(Actor actor, Model model) {
		ImportService.authorize(actor);
		model.addAttribute("format", ImportFormat.BACKSTAGE);
		return "import/page";
	}

	@PostMapping
	String dryRun(Actor actor, @RequestParam(name = "format", defaultValue = "BACKSTAGE") ImportFormat format,
			@RequestParam(name = "files", required = false) List<MultipartFile> uploads, HttpSession session,
			Model model) throws IOException {
		ImportService.authorize(actor);
		model.addAttribute("format", format);
		List<UploadedFile> files = new ArrayList<>();
		try {
			ImportFiles.requireSize((uploads == null) ? 0 : uploads.stream().mapToLong(MultipartFile::getSize).sum());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("fileError", ex.getMessage());
			return "import/page";
		}
		if (uploads != null) {
			for (MultipartFile upload : uploads) {
				if (!upload.isEmpty()) {
					files.add(new UploadedFile(
							(upload.getOriginalFilename() == null) ? "upload" : upload.getOriginalFilename(),
							upload.getBytes()));
				}
			}
		}
		try {
			ImportBatch batch = ImportFiles.read(format, files);
			ImportPlan plan = this.imports.dryRun(actor, batch);
			PendingImport pending = new PendingImport(UUID.randomUUID().toString(), format, files, plan.fingerprint());
			session.setAttribute(PendingImport.SESSION_ATTRIBUTE, pending);
			report(model, plan, pending);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("fileError", ex.getMessage());
		}
		return "import/page";
	}

	@PostMapping("/apply")
	String apply(Actor actor, @RequestParam("token") String token, HttpSession session, Model model,
			RedirectAttributes redirect) {
		ImportService.authorize(actor);
		if (!(session.getAttribute(PendingImport.SESSION_ATTRIBUTE) instanceof PendingImport pending)
				|| !pending.token().equals(token)) {
			redirect.addFlashAttribute("flash", "import.expired");
			return "redirect:/import";
		}
		model.addAttribute("format", pending.format());
		try {
			this.imports.apply(actor, ImportFiles.read(pending.format(), pending.files()), pending.fingerprint());
			session.removeAttribute(PendingImport.SESSION_ATTRIBUTE);
			redirect.addFlashAttribute("flash", "import.applied");
			return "redirect:/import";
		}
		catch (ImportRejectedException ex) {
			PendingImport renewed = new PendingImport(UUID.randomUUID().toString(), pending.format(), pending.files(),
					ex.plan().fingerprint());
			session.setAttribute(PendingImport.SESSION_ATTRIBUTE, renewed);
			model.addAttribute("refused", ex.code());
			report(model, ex.plan(), renewed);
			return "import/page";
		}
	}

	private static void report(Model model, ImportPlan plan, PendingImport pending) {
		model.addAttribute("plan", plan);
		model.addAttribute("counts", plan.counts());
		model.addAttribute("token", pending.token());
		model.addAttribute("files", pending.files().stream().map(UploadedFile::name).toList());
	}

}
