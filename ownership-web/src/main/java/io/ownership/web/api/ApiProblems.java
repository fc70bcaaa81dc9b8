package io.ownership.web.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.ownership.core.gate.EvaluationNotRecordedException;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.Refusal;
import io.ownership.core.shared.StaleVersionException;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers every refusal of an {@link ApiController} as RFC 9457 problem JSON: the status,
 * a stable {@code code}, a sentence, and for invalid input the fields with their
 * messages.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<ProblemDetail> forbidden(ForbiddenException ex) {
		return problem(HttpStatus.FORBIDDEN, ex.code(), text(ex), null);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "api.notFound", ex.getMessage(), null);
	}

	@ExceptionHandler(StaleVersionException.class)
	ResponseEntity<ProblemDetail> stale(StaleVersionException ex) {
		return problem(HttpStatus.CONFLICT, ex.code(), text(ex), null);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex) {
		String field = (ex.field() == null) ? null : ex.field();
		return problem(HttpStatus.BAD_REQUEST, ex.code(), text(ex),
				(field == null) ? null : List.of(Map.of("field", field, "message", text(ex))));
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> refused(DomainException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.code(), text(ex), null);
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<ProblemDetail> invalidBody(BindException ex) {
		List<Map<String, String>> errors = ex.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message",
					this.messages.getMessage(error, Locale.ENGLISH)))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "api.invalid", "Some fields are invalid: "
				+ String.join(", ", errors.stream().map((e) -> e.get("field")).toList()) + ".", errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		return problem(HttpStatus.BAD_REQUEST, "api.unreadable",
				"The request body is not the JSON this endpoint expects.", null);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, "api.missing",
				"The parameter " + ex.getParameterName() + " is required.",
				List.of(Map.of("field", ex.getParameterName(), "message", "Required")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "api.mismatch", "The value of " + ex.getName() + " is not valid.",
				List.of(Map.of("field", ex.getName(), "message", "Not a valid value")));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.mediaType", "Send application/json.", null);
	}

	@ExceptionHandler(EvaluationNotRecordedException.class)
	ResponseEntity<ProblemDetail> notRecorded(EvaluationNotRecordedException ex) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "api.notRecorded",
				"The evaluation could not be recorded in time; no decision is given. Ask again.", null);
	}

	private String text(Refusal ex) {
		return this.messages.getMessage(
				new DefaultMessageSourceResolvable(new String[] { ex.code() }, ex.arguments(), ex.getMessage()),
				Locale.ENGLISH);
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail,
			List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("code", code);
		if (errors != null) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
