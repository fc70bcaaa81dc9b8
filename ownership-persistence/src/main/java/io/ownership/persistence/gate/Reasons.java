package io.ownership.persistence.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.ownership.core.gate.GateReason;
import io.ownership.core.gate.ReasonCode;

/**
 * Reasons kept in one text column, one a line: code, tab, link, tab, sentence. A reason's
 * sentence holds no tab or line break (see {@link GateReason}).
 */
final class Reasons {

	private Reasons() {
	}

	static String encode(List<GateReason> reasons) {
		return reasons.stream()
			.map((reason) -> reason.code().name() + "\t" + ((reason.link() == null) ? "" : reason.link()) + "\t"
					+ reason.text())
			.collect(Collectors.joining("\n"));
	}

	static List<GateReason> decode(String text) {
		List<GateReason> reasons = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return reasons;
		}
		for (String line : text.split("\n")) {
			String[] parts = line.split("\t", 3);
			if (parts.length == 3) {
				reasons
					.add(new GateReason(ReasonCode.valueOf(parts[0]), parts[2], parts[1].isEmpty() ? null : parts[1]));
			}
		}
		return reasons;
	}

}
