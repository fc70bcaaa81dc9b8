package io.ownership.core.program.champion;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a champion: one person's nomination for one team.
 */
public record ChampionId(UUID value) {

	public ChampionId {
		Objects.requireNonNull(value, "value");
	}

	public static ChampionId random() {
		return new ChampionId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
