package io.ownership.core.audit;

import java.util.Objects;

/**
 * One value that changed: the field's name and its value before and after (null when
 * absent).
 */
public record FieldChange(String field, String before, String after) {

	public FieldChange {
		Objects.requireNonNull(field, "field");
	}

	public static FieldChange of(String field, Object before, Object after) {
		return new FieldChange(field, before == null ? null : String.valueOf(before),
				after == null ? null : String.valueOf(after));
	}

	public boolean isChange() {
		return !Objects.equals(this.before, this.after);
	}

}
