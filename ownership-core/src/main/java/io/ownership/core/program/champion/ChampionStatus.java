package io.ownership.core.program.champion;

/**
 * Where a champion is in their lifecycle: nominated, then active, then stepped down.
 * There is no way back.
 */
public enum ChampionStatus {

	NOMINATED, ACTIVE, STEPPED_DOWN

}
