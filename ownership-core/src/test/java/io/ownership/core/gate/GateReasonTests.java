package io.ownership.core.gate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GateReasonTests {

	@Test
	void aReasonIsOneLineEachRunOfTabsAndLineBreaksOneSpace() {
		assertThat(new GateReason(ReasonCode.values()[0], "Finding\r\n\tCVE-1 in\nlibrary", null).text())
			.isEqualTo("Finding CVE-1 in library");
		assertThat(new GateReason(ReasonCode.values()[0], null, null).text()).isEmpty();
		assertThat(new GateReason(ReasonCode.values()[0], "Finding CVE-1 in library", null).text())
			.isEqualTo("Finding CVE-1 in library");
	}

}
