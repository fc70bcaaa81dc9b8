package io.ownership.persistence.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.ownership.core.catalog.TeamKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "team")
class TeamEntity extends NamedEntity {

	@Enumerated(EnumType.STRING)
	private TeamKind kind;

	private String description;

	@ElementCollection
	@CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
	@MapKeyColumn(name = "person_id")
	@Column(name = "role")
	private Map<UUID, String> members = new LinkedHashMap<>();

	protected TeamEntity() {
	}

	TeamEntity(UUID id) {
		super(id);
	}

	TeamKind getKind() {
		return this.kind;
	}

	void setKind(TeamKind kind) {
		this.kind = kind;
	}

	String getDescription() {
		return this.description;
	}

	void setDescription(String description) {
		this.description = description;
	}

	Map<UUID, String> getMembers() {
		return this.members;
	}

}
