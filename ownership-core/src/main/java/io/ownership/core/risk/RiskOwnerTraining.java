package io.ownership.core.risk;

import java.time.LocalDate;

import io.ownership.core.catalog.PersonId;

/**
 * Port: whether a person's required risk owner training is current on a day. A risk owner
 * whose training has lapsed may not accept risks alone.
 */
public interface RiskOwnerTraining {

	boolean isCurrent(PersonId person, LocalDate on);

}
