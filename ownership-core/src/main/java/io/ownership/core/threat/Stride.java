package io.ownership.core.threat;

/**
 * The STRIDE categories of threats (Microsoft, Kohnfelder and Garg 1999), each the
 * violation of one security property.
 */
public enum Stride {

	SPOOFING("Spoofing"), TAMPERING("Tampering"), REPUDIATION("Repudiation"),
	INFORMATION_DISCLOSURE("Information disclosure"), DENIAL_OF_SERVICE("Denial of service"),
	ELEVATION_OF_PRIVILEGE("Elevation of privilege");

	private final String label;

	Stride(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
