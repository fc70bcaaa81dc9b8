package io.ownership.core.catalog.view;

import java.util.UUID;

/**
 * One choice of a search field (a person or a product), as a suggestion or as what a
 * typed name resolves to.
 *
 * @param id the chosen item's id
 * @param name its name, what the field shows
 * @param detail what tells it apart from another of the same name (a person's e-mail
 * address), null when nothing does
 * @param sameName whether another item of the same name is in the same choice, in which
 * case the field is filled with the detail instead of the name
 */
public record Pick(UUID id, String name, String detail, boolean sameName) {

	/**
	 * What a chosen suggestion puts into the field: the name, or the detail when the name
	 * is shared.
	 */
	public String typed() {
		return (this.sameName && this.detail != null) ? this.detail : this.name;
	}

	/** The name and, when there is one, the detail: how a candidate is listed. */
	public String label() {
		return (this.detail != null) ? this.name + " (" + this.detail + ")" : this.name;
	}

}
