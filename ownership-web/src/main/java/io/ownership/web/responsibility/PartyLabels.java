package io.ownership.web.responsibility;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.ownership.core.catalog.TeamId;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.PartyId;

import org.springframework.context.MessageSource;

/**
 * The column headers of matrices: a party's own label, else its role's name, else its
 * fixed team's name.
 */
final class PartyLabels {

	private final Map<PartyId, String> labels = new HashMap<>();

	PartyLabels(Collection<Party> parties, Map<TeamId, String> teamNames, MessageSource messages, Locale locale) {
		for (Party party : parties) {
			this.labels.put(party.id(), label(party, teamNames, messages, locale));
		}
	}

	static String label(Party party, Map<TeamId, String> teamNames, MessageSource messages, Locale locale) {
		if (party.label() != null) {
			return party.label();
		}
		if (party.role() != null) {
			return messages.getMessage("party.role." + party.role().name(), null, party.role().name(), locale);
		}
		return teamNames.getOrDefault(party.team(),
				messages.getMessage("party.team.unknown", null, "Unknown team", locale));
	}

	public String of(Party party) {
		return this.labels.getOrDefault(party.id(), "?");
	}

}
