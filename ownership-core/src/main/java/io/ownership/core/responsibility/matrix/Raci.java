package io.ownership.core.responsibility.matrix;

import java.util.Locale;

import io.ownership.core.shared.InvalidInputException;

/**
 * The letter in a cell of a responsibility matrix: Responsible (does the work),
 * Accountable (answers for it, exactly one per activity), Consulted (asked before),
 * Informed (told after).
 */
public enum Raci {

	RESPONSIBLE("R"), ACCOUNTABLE("A"), CONSULTED("C"), INFORMED("I");

	private final String letter;

	Raci(String letter) {
		this.letter = letter;
	}

	public String letter() {
		return this.letter;
	}

	/**
	 * The letter a user chose; blank or "none" means an empty cell (null).
	 */
	public static Raci ofLetter(String value) {
		if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("none") || value.trim().equals("-")) {
			return null;
		}
		String wanted = value.trim().toUpperCase(Locale.ROOT);
		for (Raci raci : values()) {
			if (raci.letter.equals(wanted) || raci.name().equals(wanted)) {
				return raci;
			}
		}
		throw new InvalidInputException("letter", "matrix.letter.unknown", "Choose R, A, C, I or none", value);
	}

}
