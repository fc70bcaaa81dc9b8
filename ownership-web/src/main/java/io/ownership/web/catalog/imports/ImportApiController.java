package io.ownership.web.catalog.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.ownership.core.audit.FieldChange;
import io.ownership.core.catalog.imports.ImportBatch;
import io.ownership.core.catalog.imports.ImportPlan;
import io.ownership.core.catalog.imports.ImportRejectedException;
import io.ownership.core.catalog.imports.ImportService;
import io.ownership.core.catalog.imports.Outcome;
import io.ownership.core.catalog.imports.PlanItem;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code POST /api/import/backstage} and {@code POST /api/import/csv}: the same dry run
 * and apply as the page, for scripts. The request body is one file; the answer is the
 * report as JSON.
 */
@RestController
@RequestMapping("/api/import")
class ImportApiController {

	private final ImportService imports;

	ImportApiController(ImportService imports) {
		this.imports = imports;
	}

	/**
	 * The report of a dry run or an import.
	 *
	 * @param dryRun whether this was only a dry run
	 * @param applied whether the catalog was changed
	 * @param refused why applying was refused, or null
	 * @param counts entries per outcome
	 * @param entries every entry with its outcome, changes and messages
	 */
	record Report(boolean dryRun, boolean applied, String refused, Map<Outcome, Long> counts, List<Entry> entries) {

		static Report of(ImportPlan plan, boolean dryRun, boolean applied, String refused) {
			return new Report(dryRun, applied, refused, plan.counts(), plan.items().stream().map(Entry::of).toList());
		}

	}

	record Entry(String file, int line, String kind, String name, String target, Outcome outcome, List<Change> changes,
			List<String> messages) {

		static Entry of(PlanItem item) {
			return new Entry(item.ref().file(), item.ref().line(), item.ref().kind(), item.ref().name(), item.target(),
					item.outcome(), item.changes().stream().map(Change::of).toList(), item.messages());
		}

	}

	record Change(String field, String before, String after) {

		static Change of(FieldChange change) {
			return new Change(change.field(), change.before(), change.after());
		}

	}

	record Problem(String error) {

	}

	@PostMapping("/{format}")
	ResponseEntity<?> importFile(Actor actor, @PathVariable String format,
			@RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun,
			@RequestParam(name = "file", defaultValue = "request") String fileName, HttpServletRequest request)
			throws IOException {
		ImportBatch batch = ImportFiles.read(format(format), List.of(new UploadedFile(fileName, body(request))));
		if (dryRun) {
			return ResponseEntity.ok(Report.of(this.imports.dryRun(actor, batch), true, false, null));
		}
		try {
			return ResponseEntity.ok(Report.of(this.imports.apply(actor, batch, null), false, true, null));
		}
		catch (ImportRejectedException ex) {
			return ResponseEntity.unprocessableContent().body(Report.of(ex.plan(), false, false, ex.getMessage()));
		}
	}

	private static ImportFormat format(String format) {
		return switch (format) {
			case "backstage" -> ImportFormat.BACKSTAGE;
			case "csv" -> ImportFormat.CSV;
			default -> throw new Refused(HttpStatus.NOT_FOUND, "Unknown format " + format + ": use backstage or csv");
		};
	}

	/**
	 * The file, sent as the request body itself, of at most
	 * {@link ImportFiles#MAX_BYTES}.
	 */
	private static byte[] body(HttpServletRequest request) throws IOException {
		String contentType = (request.getContentType() == null) ? ""
				: request.getContentType().toLowerCase(Locale.ROOT);
		if (contentType.startsWith("application/x-www-form-urlencoded") || contentType.startsWith("multipart/")) {
			throw new Refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Send the file itself as the request body, with Content-Type application/yaml"
							+ " or text/csv (curl --data-binary @file -H 'Content-Type: application/yaml')");
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(ImportFiles.MAX_BYTES + 1);
		}
		if (body.length > ImportFiles.MAX_BYTES) {
			throw new Refused(HttpStatus.CONTENT_TOO_LARGE, "An import reads at most 5 MB");
		}
		return body;
	}

	@ExceptionHandler(Refused.class)
	ResponseEntity<Problem> refused(Refused ex) {
		return ResponseEntity.status(ex.status).body(new Problem(ex.getMessage()));
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Problem> unreadable(InvalidInputException ex) {
		return ResponseEntity.badRequest().body(new Problem(ex.getMessage()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Problem> parameter(MethodArgumentTypeMismatchException ex) {
		String why = (ex.getCause() instanceof IllegalArgumentException invalid && invalid.getMessage() != null)
				? invalid.getMessage() : "not a valid value";
		return ResponseEntity.badRequest().body(new Problem("Parameter " + ex.getName() + ": " + why));
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<Problem> forbidden(ForbiddenException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new Problem(ex.getMessage()));
	}

	/** A request this API refuses before reading the file: its status and why. */
	private static final class Refused extends RuntimeException {

		private final HttpStatus status;

		Refused(HttpStatus status, String message) {
			super(message, null, false, false);
			this.status = status;
		}

	}

}
