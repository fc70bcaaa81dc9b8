package io.ownership.web.risk;

import io.ownership.core.notification.NotificationFilter;
import io.ownership.web.support.PagingForm;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The inbox's filters as the query string carries them: {@code within} (received in the
 * last so many days) and {@code unread}, with the page of the list. A value that is not
 * one of theirs comes back as an error next to its field, with the others kept.
 */
public class NotificationFilterForm extends PagingForm {

	@Min(1)
	@Max(3650)
	private Integer within;

	private Boolean unread;

	NotificationFilter toFilter() {
		return new NotificationFilter(this.within, Boolean.TRUE.equals(this.unread));
	}

	public Integer getWithin() {
		return this.within;
	}

	public void setWithin(Integer within) {
		this.within = within;
	}

	public Boolean getUnread() {
		return this.unread;
	}

	public void setUnread(Boolean unread) {
		this.unread = unread;
	}

}
