package io.ownership.web.program;

import io.ownership.core.program.champion.ChampionStatus;
import io.ownership.core.program.champion.RosterFilter;
import jakarta.validation.constraints.Size;

/**
 * The roster's search and filters as the query string carries them: {@code q},
 * {@code gaps} and {@code status}. A value that is not one of theirs comes back as an
 * error next to its field, with the other values kept.
 */
public class RosterFilterForm {

	@Size(max = 100)
	private String q;

	private Boolean gaps;

	private ChampionStatus status;

	/** The core's filter; refuses a status the roster does not show. */
	RosterFilter toFilter() {
		return new RosterFilter(this.q, Boolean.TRUE.equals(this.gaps), this.status);
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public Boolean getGaps() {
		return this.gaps;
	}

	public void setGaps(Boolean gaps) {
		this.gaps = gaps;
	}

	public ChampionStatus getStatus() {
		return this.status;
	}

	public void setStatus(ChampionStatus status) {
		this.status = status;
	}

}
