package io.ownership.core.program;

import java.time.LocalDate;
import java.util.List;

/**
 * Port: per team, champion coverage and training completion beside outcomes from the risk
 * register.
 */
public interface EffectivenessQuery {

	List<TeamEffectiveness> teams(LocalDate today);

}
