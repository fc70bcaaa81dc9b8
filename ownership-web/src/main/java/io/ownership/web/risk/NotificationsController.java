package io.ownership.web.risk;

import io.ownership.core.notification.NotificationInbox;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.PageRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /notifications}: the signed-in user's inbox.
 */
@Controller
class NotificationsController {

	private final NotificationInbox inbox;

	NotificationsController(NotificationInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/notifications")
	String inbox(Actor actor, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
			Model model) {
		model.addAttribute("notifications", this.inbox.inbox(actor.username(), PageRequest.of(page, size)));
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
