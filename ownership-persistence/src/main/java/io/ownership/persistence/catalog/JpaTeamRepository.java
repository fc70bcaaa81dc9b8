package io.ownership.persistence.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.shared.DomainException;
import io.ownership.core.shared.StaleVersionException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JpaTeamRepository implements TeamRepository {

	private final TeamJpaRepository jpa;

	JpaTeamRepository(TeamJpaRepository jpa) {
		this.jpa = jpa;
	}

	@Override
	public Optional<Team> findById(TeamId id) {
		return this.jpa.findById(id.value()).map(JpaTeamRepository::toDomain);
	}

	@Override
	public Optional<Team> findByName(String name) {
		return this.jpa.findByNameIgnoreCase(name.trim()).map(JpaTeamRepository::toDomain);
	}

	@Override
	@Transactional
	public void save(Team team) {
		TeamEntity entity = this.jpa.findById(team.id().value()).orElseGet(() -> new TeamEntity(team.id().value()));
		if (entity.getName() != null && entity.getVersion() != team.version()) {
			throw new StaleVersionException("Team", team.id());
		}
		entity.setName(team.name());
		entity.setKind(team.kind());
		entity.setDescription(team.description());
		entity.getMembers().clear();
		team.members().forEach((person, role) -> entity.getMembers().put(person.value(), role));
		this.jpa.saveAndFlush(entity);
	}

	@Override
	@Transactional
	public void delete(TeamId id) {
		try {
			this.jpa.deleteById(id.value());
			this.jpa.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new DomainException("team.delete.referenced",
					"Other records (such as responsibilities or champions) refer to this team; change them first");
		}
	}

	private static Team toDomain(TeamEntity entity) {
		Map<PersonId, String> members = new LinkedHashMap<>();
		entity.getMembers().forEach((UUID person, String role) -> members.put(new PersonId(person), role));
		return new Team(new TeamId(entity.getId()), entity.getName(), entity.getKind(), entity.getDescription(),
				members, entity.getVersion());
	}

}
