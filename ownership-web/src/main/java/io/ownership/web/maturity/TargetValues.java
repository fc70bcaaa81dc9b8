package io.ownership.web.maturity;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.BindingResult;

/**
 * Reads the targets a security manager typed (a number from 0 to 3 or nothing) and writes
 * them back for the form; a value that is not a number is put next to its field.
 */
final class TargetValues {

	private TargetValues() {
	}

	static Map<String, Double> parse(TargetsForm form, BindingResult result) {
		Map<String, Double> targets = new LinkedHashMap<>();
		form.getTargets().forEach((practice, text) -> {
			if (text == null || text.isBlank()) {
				return;
			}
			try {
				double value = new BigDecimal(text.trim().replace(',', '.')).doubleValue();
				if (value < 0 || value > 3) {
					result.rejectValue("targets[" + practice + "]", "maturity.target.range");
				}
				else {
					targets.put(practice, value);
				}
			}
			catch (NumberFormatException ex) {
				result.rejectValue("targets[" + practice + "]", "maturity.target.range");
			}
		});
		return targets;
	}

	static String format(Double value) {
		return (value == null) ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
