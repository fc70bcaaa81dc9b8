package io.ownership.core.maturity;

import io.ownership.core.catalog.TeamId;

/**
 * Port: where the acting user stands towards a team, as the catalog and the champions
 * program say now.
 */
public interface MaturityDirectory {

	Standing standing(String username, TeamId team);

	/**
	 * @param member listed as a member of the team
	 * @param champion the team's active security champion
	 * @param productOwner product owner of a product the team owns
	 */
	record Standing(boolean member, boolean champion, boolean productOwner) {

		public static final Standing NONE = new Standing(false, false, false);

		public boolean any() {
			return this.member || this.champion || this.productOwner;
		}

	}

}
