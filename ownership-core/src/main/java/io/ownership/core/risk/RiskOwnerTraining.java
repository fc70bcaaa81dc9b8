package io.ownership.core.risk;

import java.time.LocalDate;

import io.ownership.core.catalog.PersonId;

/**
 * Port: whether a risk owner's required risk-owner training is complete and not expired
 * on a given day. A risk owner whose training has lapsed cannot accept risks alone: the
 * request escalates.
 */
public interface RiskOwnerTraining {

	boolean isCurrent(PersonId person, LocalDate on);

}
