package io.ownership.web.threat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.threat.ThreatModel;

/**
 * Who takes part in a threat model.
 */
public class ParticipantsForm {

	private List<UUID> participants = new ArrayList<>();

	private long version;

	Set<PersonId> people() {
		Set<PersonId> people = new LinkedHashSet<>();
		for (UUID id : this.participants) {
			if (id != null) {
				people.add(new PersonId(id));
			}
		}
		return people;
	}

	/** The form showing the model's participants, or none when no model is started. */
	static ParticipantsForm of(Optional<ThreatModel> threatModel) {
		ParticipantsForm form = new ParticipantsForm();
		threatModel.ifPresent((m) -> {
			form.participants = new ArrayList<>(m.participants().stream().map(PersonId::value).toList());
			form.version = m.version();
		});
		return form;
	}

	public List<UUID> getParticipants() {
		return this.participants;
	}

	public void setParticipants(List<UUID> participants) {
		this.participants = (participants == null) ? new ArrayList<>() : participants;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
