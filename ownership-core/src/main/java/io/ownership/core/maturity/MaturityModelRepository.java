package io.ownership.core.maturity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the versions of the maturity model. A version never changes once added.
 */
public interface MaturityModelRepository {

	Optional<MaturityModel> latest();

	Optional<MaturityModel> find(int version);

	/**
	 * Stores the model as the next version.
	 * @return the model with its version
	 */
	MaturityModel add(MaturityModel model, String loadedBy, Instant at);

	/**
	 * Stores the model as version 1 when no version exists yet, whoever else starts at
	 * the same time.
	 * @return the latest version
	 */
	MaturityModel installFirst(MaturityModel model, String loadedBy, Instant at);

	List<ModelVersion> versions();

	/**
	 * One stored version: its number, name, who loaded it and when, and its size.
	 */
	record ModelVersion(int version, String name, String loadedBy, Instant loadedAt, int activities) {

	}

}
