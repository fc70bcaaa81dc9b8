package io.ownership.web.risk;

import io.ownership.core.notification.Notification;
import io.ownership.core.notification.NotificationFilter;
import io.ownership.core.notification.NotificationInbox;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.Page;
import io.ownership.web.support.FormErrors;
import io.ownership.web.support.KeptPage;
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

/**
 * {@code /notifications}: the signed-in user's inbox, filtered by age and unread.
 */
@Controller
class NotificationsController {

	private final NotificationInbox inbox;

	NotificationsController(NotificationInbox inbox) {
		this.inbox = inbox;
	}

	/**
	 * The inbox: a page of the user's notifications, newest first.
	 */
	record NotificationsPage(Page<Notification> notifications) {

	}

	@KeptPage(areas = "notification")
	@GetMapping("/notifications")
	String inbox(Actor actor, @Valid @ModelAttribute("notificationFilter") NotificationFilterForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		NotificationFilter filter = FormErrors.convert(result, form::toFilter);
		if (filter == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			filter = NotificationFilter.ALL;
		}
		model.addAttribute("page",
				new NotificationsPage(this.inbox.inbox(actor.username(), filter, form.pageRequest())));
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
