package io.ownership.web.support;

import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.InvalidInputException;
import io.ownership.core.shared.NotFoundException;
import io.ownership.core.shared.StaleVersionException;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one way a form is posted: which refusals become errors on the form, and which go on
 * to their error pages.
 */
class FormPostTests {

	private final NameForm form = new NameForm();

	private final BindingResult result = new BeanPropertyBindingResult(this.form, "form");

	private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

	@Test
	void aValidFormRunsTheUseCaseAndRedirectsWithTheFlashMessage() {
		String view = FormPost.submit(this.result, this.redirect, "thing.saved", () -> "redirect:/things/1",
				() -> "things/form");

		assertThat(view).isEqualTo("redirect:/things/1");
		assertThat(this.redirect.getFlashAttributes().get("flash")).isEqualTo("thing.saved");
	}

	@Test
	void aFormWithBindingErrorsRendersThePageAgainWithoutRunningTheUseCase() {
		this.result.rejectValue("name", "NotBlank");

		String view = FormPost.submit(this.result, this.redirect, "thing.saved", () -> {
			throw new AssertionError("the use case ran");
		}, () -> "things/form");

		assertThat(view).isEqualTo("things/form");
		assertThat(this.redirect.getFlashAttributes()).isEmpty();
	}

	@Test
	void aFieldRefusalGoesNextToItsFieldAndARuleRefusalToTheTopOfTheForm() {
		String field = FormPost.submit(this.result, this.redirect, "thing.saved", () -> {
			throw new InvalidInputException("name", "thing.name.taken", "Taken");
		}, () -> "things/form");

		assertThat(field).isEqualTo("things/form");
		assertThat(this.result.getFieldError("name").getCode()).isEqualTo("thing.name.taken");

		BindingResult other = new BeanPropertyBindingResult(new NameForm(), "form");
		FormPost.submit(other, this.redirect, "thing.saved", () -> {
			throw new DomainException("thing.rule.closed", "Closed");
		}, () -> "things/form");
		assertThat(other.getGlobalError().getCode()).isEqualTo("thing.rule.closed");
		assertThat(this.redirect.getFlashAttributes()).isEmpty();
	}

	@Test
	void aPostFromAListHandsARuleRefusalOrAStaleVersionToTheListAndLetsTheErrorPagesThrough() {
		String refused = FormPost.act(this.redirect, "thing.decided", () -> {
			throw new DomainException("thing.rule.closed", "Closed");
		}, (refusal) -> "redirect:/things?refused=" + refusal.code());
		assertThat(refused).isEqualTo("redirect:/things?refused=thing.rule.closed");
		String stale = FormPost.act(this.redirect, "thing.decided", () -> {
			throw new StaleVersionException("Thing", 1);
		}, (refusal) -> "redirect:/things?stale");
		assertThat(stale).isEqualTo("redirect:/things?stale");
		assertThat(this.redirect.getFlashAttributes()).isEmpty();
		assertThatThrownBy(() -> FormPost.act(this.redirect, "thing.decided", () -> {
			throw new ForbiddenException("thing.forbidden", "No");
		}, (refusal) -> "redirect:/things")).isInstanceOf(ForbiddenException.class);

		assertThat(FormPost.act(this.redirect, "thing.decided", () -> "redirect:/things", (refusal) -> "no"))
			.isEqualTo("redirect:/things");
		assertThat(this.redirect.getFlashAttributes().get("flash")).isEqualTo("thing.decided");
	}

	@Test
	void theRefusalsThatAreAnErrorPageAreNotFormErrors() {
		assertThatThrownBy(() -> FormPost.submit(this.result, this.redirect, "thing.saved", () -> {
			throw new ForbiddenException("thing.forbidden", "No");
		}, () -> "things/form")).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> FormPost.submit(this.result, this.redirect, "thing.saved", () -> {
			throw new NotFoundException("Thing", 1);
		}, () -> "things/form")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> FormPost.submit(this.result, this.redirect, "thing.saved", () -> {
			throw new StaleVersionException("Thing", 1);
		}, () -> "things/form")).isInstanceOf(StaleVersionException.class);
		assertThat(this.result.hasErrors()).isFalse();
	}

	@Test
	void anEditOnAStaleVersionShowsTheFormAgainWithTheConflict() {
		ExtendedModelMap model = new ExtendedModelMap();
		MockHttpServletResponse response = new MockHttpServletResponse();

		String view = FormPost.edit(this.result, model, response, this.redirect, "thing.updated", () -> {
			throw new StaleVersionException("Thing", 1);
		}, () -> "things/form");

		assertThat(view).isEqualTo("things/form");
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(model).containsEntry("conflict", true);
	}

	@Test
	void aPostWithoutAFormFlashesTheRuleThatRefusedIt() {
		String view = FormPost.act(this.redirect, "thing.deleted", () -> {
			throw new DomainException("thing.delete.referenced", "Referenced", "Risk 1");
		}, "redirect:/things/1");

		assertThat(view).isEqualTo("redirect:/things/1");
		assertThat(this.redirect.getFlashAttributes().get("refusal")).isEqualTo("thing.delete.referenced");
		assertThat(this.redirect.getFlashAttributes()).doesNotContainKey("flash");
		assertThat((Object[]) this.redirect.getFlashAttributes().get("refusalArgs")).containsExactly("Risk 1");
		assertThatThrownBy(() -> FormPost.act(this.redirect, "thing.deleted", () -> {
			throw new ForbiddenException("thing.forbidden", "No");
		}, "redirect:/things/1")).isInstanceOf(ForbiddenException.class);
	}

	static class NameForm {

		private String name;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

}
