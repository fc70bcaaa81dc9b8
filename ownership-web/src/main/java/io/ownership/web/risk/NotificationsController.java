package io.ownership.web.risk;

import io.ownership.core.notification.NotificationFilter;
import io.ownership.core.notification.NotificationInbox;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.PageRequest;
import io.ownership.web.support.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /notifications}: the signed-in user's inbox, filtered by age and unread.
 */
@Controller
class NotificationsController {

	private final NotificationInbox inbox;

	NotificationsController(NotificationInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/notifications")
	String inbox(Actor actor, @Valid @ModelAttribute("notificationFilter") NotificationFilterForm form,
			BindingResult result, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size, Model model, HttpServletResponse response) {
		NotificationFilter filter = FormErrors.convert(result, form::toFilter);
		if (filter == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			filter = NotificationFilter.ALL;
		}
		model.addAttribute("notifications", this.inbox.inbox(actor.username(), filter, PageRequest.of(page, size)));
		return "risk/notifications";
	}

	@PostMapping("/notifications/{id}/read")
	String read(Actor actor, @PathVariable long id) {
		this.inbox.markRead(actor.username(), id);
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read")
	String readAll(Actor actor) {
		this.inbox.markAllRead(actor.username());
		return "redirect:/notifications";
	}

}
