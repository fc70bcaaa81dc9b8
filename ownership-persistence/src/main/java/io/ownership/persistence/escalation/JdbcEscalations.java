package io.ownership.persistence.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.escalation.EscalationDirectory;
import io.ownership.core.escalation.EscalationQuery;
import io.ownership.core.escalation.EscalationRow;
import io.ownership.core.escalation.EscalationStore;
import io.ownership.core.escalation.WaitingItem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalations raised (one open per trigger and item, one notice per step, both held
 * by unique keys), the lists of open escalations, and the accounts behind people and
 * teams; each one statement.
 */
@Repository
@Transactional(readOnly = true)
class JdbcEscalations implements EscalationStore, EscalationQuery, EscalationDirectory {

	private static final UUID NONE = new UUID(0, 0);

	private static final String OPEN = """
			select e.id, e.item, e.started_at, e.title, e.product_id, e.team_id,
			       coalesce((select max(n.step) from escalation_notice n where n.escalation_id = e.id), -1) as last_step
			from escalation e
			""";

	private static final String ROW = """
			select e.id, e.trigger, e.title, e.link, p.name as product_name, coalesce(t.name, ot.name) as team_name,
			       e.started_at, n.party, n.step
			from escalation e
			join lateral (select x.party, x.step from escalation_notice x where x.escalation_id = e.id
			              order by x.step desc limit 1) n on true
			left join product p on p.id = e.product_id
			left join team ot on ot.id = p.owning_team_id
			left join team t on t.id = e.team_id
			where e.closed_at is null
			""";

	private static final String ORDER = " order by e.started_at, e.title limit 100";

	/**
	 * The open escalations of a team: its own and its products', each found through its
	 * partial index ({@code ix_escalation_team}, {@code ix_escalation_product}). One
	 * condition on either column across the join read every open escalation (23,108 in
	 * the large organization: 25 ms of the team dashboard's 46 ms of SQL).
	 */
	static final String OPEN_FOR_TEAM = ROW + """
			 and e.id in (select x.id from escalation x where x.team_id = :id and x.closed_at is null
			   union all
			   select x.id from escalation x join product xp on xp.id = x.product_id
			   where xp.owning_team_id = :id and x.closed_at is null)
			""" + ORDER;

	private final JdbcClient jdbc;

	JdbcEscalations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Open> open(String trigger) {
		Map<String, Open> open = new LinkedHashMap<>();
		this.jdbc.sql(OPEN + " where e.trigger = :trigger and e.closed_at is null")
			.param("trigger", trigger)
			.query((rs) -> {
				open.put(rs.getString("item"), open(rs));
			});
		return open;
	}

	private static Open open(ResultSet rs) throws SQLException {
		UUID product = rs.getObject("product_id", UUID.class);
		UUID team = rs.getObject("team_id", UUID.class);
		return new Open(rs.getObject("id", UUID.class), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				rs.getString("title"), (product != null) ? new ProductId(product) : null,
				(team != null) ? new TeamId(team) : null, rs.getInt("last_step"));
	}

	@Override
	@Transactional
	public Open start(String trigger, WaitingItem item, Instant startedAt, Instant now) {
		this.jdbc.sql("""
				insert into escalation (id, trigger, item, started_at, product_id, team_id, title, link, opened_at)
				values (:id, :trigger, :item, :startedAt, :product, :team, :title, :link, :now)
				on conflict (trigger, item) where closed_at is null do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("trigger", trigger)
			.param("item", item.item())
			.param("startedAt", at(startedAt))
			.param("product", (item.product() != null) ? item.product().value() : null)
			.param("team", (item.team() != null) ? item.team().value() : null)
			.param("title", item.title())
			.param("link", item.link())
			.param("now", at(now))
			.update();
		return this.jdbc.sql(OPEN + " where e.trigger = :trigger and e.item = :item and e.closed_at is null")
			.param("trigger", trigger)
			.param("item", item.item())
			.query((rs, n) -> open(rs))
			.single();
	}

	@Override
	@Transactional
	public boolean notice(UUID escalation, int step, String party, Instant dueAt, Instant now,
			Collection<String> usernames) {
		int inserted = this.jdbc.sql("""
				insert into escalation_notice (escalation_id, step, party, due_at, notified_at)
				values (:id, :step, :party, :dueAt, :now) on conflict do nothing
				""")
			.param("id", escalation)
			.param("step", step)
			.param("party", party)
			.param("dueAt", at(dueAt))
			.param("now", at(now))
			.update();
		if (inserted == 0) {
			return false;
		}
		if (!usernames.isEmpty()) {
			this.jdbc.sql("""
					insert into escalation_recipient (escalation_id, step, username)
					select :id, :step, u from unnest(cast(:usernames as varchar[])) u on conflict do nothing
					""")
				.param("id", escalation)
				.param("step", step)
				.param("usernames", usernames.toArray(new String[0]))
				.update();
		}
		return true;
	}

	@Override
	@Transactional
	public void close(UUID escalation, Instant now) {
		this.jdbc.sql("update escalation set closed_at = :now where id = :id and closed_at is null")
			.param("id", escalation)
			.param("now", at(now))
			.update();
	}

	@Override
	public List<EscalationRow> openForProduct(ProductId product, Instant now) {
		return rows(ROW + " and e.product_id = :id" + ORDER, "id", product.value(), now);
	}

	@Override
	public List<EscalationRow> openForTeam(TeamId team, Instant now) {
		return rows(OPEN_FOR_TEAM, "id", team.value(), now);
	}

	@Override
	public List<EscalationRow> toldTo(String username, Instant now) {
		return rows(ROW + """
				 and exists (select 1 from escalation_recipient r where r.escalation_id = e.id and r.username = :id)
				""" + ORDER, "id", username, now);
	}

	private List<EscalationRow> rows(String sql, String name, Object value, Instant now) {
		return this.jdbc.sql(sql)
			.param(name, value)
			.query((rs, n) -> new EscalationRow(rs.getObject("id", UUID.class), rs.getString("trigger"),
					rs.getString("title"), rs.getString("link"), rs.getString("product_name"),
					rs.getString("team_name"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
					rs.getString("party"), rs.getInt("step") + 1, now))
			.list();
	}

	@Override
	public List<String> accountsOf(Collection<PersonId> people, Collection<TeamId> teams) {
		return this.jdbc.sql("""
				select distinct a.username from person p join user_account a on a.id = p.account_id
				where p.active and a.active
				  and (p.id in (:people) or p.id in (select m.person_id from team_member m where m.team_id in (:teams)))
				order by a.username
				""")
			.param("people", people.isEmpty() ? List.of(NONE) : people.stream().map(PersonId::value).toList())
			.param("teams", teams.isEmpty() ? List.of(NONE) : teams.stream().map(TeamId::value).toList())
			.query(String.class)
			.list();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
