package io.ownership.persistence.action;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.action.ActionDirectory;
import io.ownership.core.action.ActionId;
import io.ownership.core.action.ActionQuery;
import io.ownership.core.action.ActionRepository;
import io.ownership.core.action.ActionRow;
import io.ownership.core.action.ActionSource;
import io.ownership.core.action.ActionStatus;
import io.ownership.core.action.FollowUpAction;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.shared.StaleVersionException;
import io.ownership.persistence.account.AccountPerson;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up actions: the aggregate with a version checked on save, and the lists with
 * team and owner names, one statement each.
 */
@Repository
@Transactional(readOnly = true)
class JdbcActions implements ActionRepository, ActionQuery, ActionDirectory {

	private static final String ROW = """
			select f.id, f.title, t.id as team_id, t.name as team_name, p.name as owner_name, f.due_on, f.status,
			       f.source_kind, f.source_ref, f.source_label
			from follow_up_action f join team t on t.id = f.team_id join person p on p.id = f.owner_id
			""";

	private final JdbcClient jdbc;

	JdbcActions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<FollowUpAction> findById(ActionId id) {
		return this.jdbc.sql("select * from follow_up_action where id = :id")
			.param("id", id.value())
			.query((rs, n) -> new FollowUpAction(id, new TeamId(rs.getObject("team_id", UUID.class)),
					rs.getString("title"), new PersonId(rs.getObject("owner_id", UUID.class)),
					rs.getObject("due_on", LocalDate.class), source(rs), rs.getString("created_by"),
					ActionStatus.valueOf(rs.getString("status")), rs.getObject("done_on", LocalDate.class),
					rs.getLong("version")))
			.optional();
	}

	private static ActionSource source(ResultSet rs) throws SQLException {
		return new ActionSource(ActionSource.Kind.valueOf(rs.getString("source_kind")), rs.getString("source_ref"),
				rs.getString("source_label"));
	}

	@Override
	@Transactional
	public void save(FollowUpAction action) {
		int updated = this.jdbc.sql("""
				update follow_up_action set title = :title, owner_id = :owner, due_on = :due, status = :status,
				       done_on = :doneOn, version = version + 1
				where id = :id and version = :version
				""")
			.param("id", action.id().value())
			.param("title", action.title())
			.param("owner", action.owner().value())
			.param("due", action.dueOn())
			.param("status", action.status().name())
			.param("doneOn", action.doneOn())
			.param("version", action.version())
			.update();
		if (updated > 0) {
			return;
		}
		if (findById(action.id()).isPresent()) {
			throw new StaleVersionException("Action", action.id());
		}
		this.jdbc.sql("""
				insert into follow_up_action (id, team_id, title, owner_id, due_on, status, done_on, source_kind,
				       source_ref, source_label, created_by)
				values (:id, :team, :title, :owner, :due, :status, :doneOn, :kind, :ref, :label, :createdBy)
				""")
			.param("id", action.id().value())
			.param("team", action.team().value())
			.param("title", action.title())
			.param("owner", action.owner().value())
			.param("due", action.dueOn())
			.param("status", action.status().name())
			.param("doneOn", action.doneOn())
			.param("kind", action.source().kind().name())
			.param("ref", action.source().reference())
			.param("label", action.source().label())
			.param("createdBy", action.createdBy())
			.update();
	}

	@Override
	public List<ActionRow> ofTeam(TeamId team, LocalDate today) {
		return this.jdbc.sql(ROW + """
				where f.team_id = :team and (f.status = 'OPEN' or f.done_on >= :since)
				order by f.status desc, f.due_on, f.title
				""")
			.param("team", team.value())
			.param("since", today.minusDays(90))
			.query((rs, n) -> row(rs, today))
			.list();
	}

	@Override
	public List<ActionRow> openOwnedBy(String username, LocalDate today) {
		return this.jdbc.sql(ROW + """
				join user_account u on u.id = p.account_id
				where u.username = :username and f.status = 'OPEN'
				order by f.due_on, f.title
				""").param("username", username).query((rs, n) -> row(rs, today)).list();
	}

	@Override
	public List<ActionRow> overdue(LocalDate today) {
		return this.jdbc.sql(ROW + """
				where f.status = 'OPEN' and f.due_on < :today
				order by f.due_on, lower(t.name), f.title
				""").param("today", today).query((rs, n) -> row(rs, today)).list();
	}

	@Override
	public List<ActionRow> ofSource(ActionSource.Kind kind, String reference, LocalDate today) {
		return this.jdbc.sql(ROW + """
				where f.source_kind = :kind and f.source_ref = :ref
				order by f.status desc, f.due_on, f.title
				""").param("kind", kind.name()).param("ref", reference).query((rs, n) -> row(rs, today)).list();
	}

	private static ActionRow row(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		ActionStatus status = ActionStatus.valueOf(rs.getString("status"));
		return new ActionRow(new ActionId(rs.getObject("id", UUID.class)), rs.getString("title"),
				rs.getObject("team_id", UUID.class), rs.getString("team_name"), rs.getString("owner_name"), due, status,
				source(rs), status == ActionStatus.OPEN && due.isBefore(today),
				(status == ActionStatus.OPEN && due.isBefore(today)) ? ChronoUnit.DAYS.between(due, today) : 0);
	}

	@Override
	public Optional<PersonId> personOf(String username) {
		return AccountPerson.of(this.jdbc, username);
	}

	@Override
	public boolean belongsTo(PersonId person, TeamId team) {
		return this.jdbc
			.sql("""
					select exists (select 1 from team_member where team_id = :team and person_id = :person)
					    or exists (select 1 from champion where team_id = :team and person_id = :person and status = 'ACTIVE')
					    or exists (select 1 from product where owning_team_id = :team and product_owner_id = :person
					               and not archived)
					""")
			.param("team", team.value())
			.param("person", person.value())
			.query(Boolean.class)
			.single();
	}

	@Override
	public boolean ownsProductOf(PersonId person, TeamId team) {
		return this.jdbc.sql("""
				select exists (select 1 from product where owning_team_id = :team and product_owner_id = :person
				               and not archived)
				""").param("team", team.value()).param("person", person.value()).query(Boolean.class).single();
	}

	@Override
	public Optional<String> activeName(PersonId person) {
		return this.jdbc.sql("select name from person where id = :id and active")
			.param("id", person.value())
			.query(String.class)
			.optional();
	}

}
