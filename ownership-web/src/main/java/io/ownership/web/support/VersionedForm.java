package io.ownership.web.support;

import org.springframework.ui.Model;

/**
 * A form that edits a record on the version it was loaded at, posted through
 * {@link FormPost#edit}: the version travels in a hidden field, and after a conflict the
 * page shows the current values with the form on the current version, so that saving
 * again saves over what the user now sees.
 */
public abstract class VersionedForm {

	private long version;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/**
	 * After {@link FormPost#edit} met a conflict (the model attribute {@code conflict}),
	 * puts the form on the version the page now shows.
	 * @param current the record's version now
	 */
	public void followConflict(Model model, long current) {
		if (model.containsAttribute("conflict")) {
			this.version = current;
		}
	}

}
