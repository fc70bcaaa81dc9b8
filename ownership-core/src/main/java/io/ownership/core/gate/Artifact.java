package io.ownership.core.gate;

import io.ownership.core.shared.InvalidInputException;

/**
 * What a pipeline builds and deploys: a name and a version or digest.
 *
 * @param name such as {@code shop-api} or an image name
 * @param version a version or digest, null when the pipeline does not say
 */
public record Artifact(String name, String version) {

	public Artifact {
		name = (name == null) ? "" : name.strip();
		version = (version == null || version.isBlank()) ? null : version.strip();
		if (name.isEmpty() || name.length() > 300) {
			throw new InvalidInputException("artifact.name", "gate.artifact.name",
					"Name the artifact, in at most 300 characters");
		}
		if (version != null && version.length() > 300) {
			throw new InvalidInputException("artifact.version", "gate.artifact.version", "At most 300 characters");
		}
	}

	@Override
	public String toString() {
		return (this.version == null) ? this.name : this.name + " " + this.version;
	}

}
