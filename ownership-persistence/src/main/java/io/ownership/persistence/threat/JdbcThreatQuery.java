package io.ownership.persistence.threat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.risk.RiskId;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.threat.BacklogItemId;
import io.ownership.core.threat.Stride;
import io.ownership.core.threat.ThreatDecision;
import io.ownership.core.threat.ThreatQuery;
import io.ownership.core.threat.ThreatStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of threat modeling: each answer is one statement (a page of items two),
 * whatever the number of items and threats.
 */
@Repository
@Transactional(readOnly = true)
class JdbcThreatQuery implements ThreatQuery {

	private static final String ITEMS = """
			select i.*, p.name as product_name, m.id as model_id, m.finished_on,
			       coalesce(t.threats, 0) as threats, coalesce(t.open, 0) as open, coalesce(t.risks, 0) as risks
			from backlog_item i
			join product p on p.id = i.product_id
			left join threat_model m on m.item_id = i.id
			left join lateral (select count(*) as threats,
			                          count(*) filter (where status = 'MITIGATION_PLANNED') as open,
			                          count(risk_id) as risks
			                   from threat where model_id = m.id) t on true
			""";

	private final JdbcClient jdbc;

	JdbcThreatQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Page<ItemRow> items(Scope scope, PageRequest page) {
		long total = this.jdbc
			.sql("select count(*) from backlog_item i join product p on p.id = i.product_id where " + where(scope))
			.param("scope", scopeId(scope))
			.query(Long.class)
			.single();
		List<ItemRow> rows = this.jdbc
			.sql(ITEMS + " where " + where(scope)
					+ " order by i.triaged_on desc, i.id desc limit :limit offset :offset")
			.param("scope", scopeId(scope))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> row(rs))
			.list();
		return new Page<>(rows, page, total);
	}

	@Override
	public List<ItemRow> allItems(Scope scope) {
		return this.jdbc.sql(ITEMS + " where " + where(scope) + " order by i.triaged_on desc, i.id desc")
			.param("scope", scopeId(scope))
			.query((rs, n) -> row(rs))
			.list();
	}

	@Override
	public Figures figures(Scope scope) {
		return this.jdbc.sql("""
				select count(*) as items, count(i.decision) as decided,
				       count(*) filter (where i.authentication or i.customer_data or i.external_interface
				                        or i.third_party_component or i.cryptography or i.platform) as suggested,
				       count(*) filter (where i.decision = 'NEEDED') as needed,
				       count(m.finished_on) as done,
				       coalesce(sum(t.open), 0) as open
				from backlog_item i
				join product p on p.id = i.product_id
				left join threat_model m on m.item_id = i.id
				left join lateral (select count(*) filter (where status = 'MITIGATION_PLANNED') as open
				                   from threat where model_id = m.id) t on true
				where
				""" + where(scope))
			.param("scope", scopeId(scope))
			.query((rs, n) -> new Figures(rs.getLong("items"), rs.getLong("decided"), rs.getLong("suggested"),
					rs.getLong("needed"), rs.getLong("done"), rs.getLong("open")))
			.single();
	}

	@Override
	public List<TriageShare> triageShareByTeam() {
		return this.jdbc.sql("""
				select t.id, t.name, count(i.id) as items, count(i.decision) as decided
				from team t
				left join product p on p.owning_team_id = t.id and not p.archived
				left join backlog_item i on i.product_id = p.id
				group by t.id, t.name
				order by lower(t.name), t.id
				""")
			.query((rs, n) -> new TriageShare(rs.getObject("id", UUID.class), rs.getString("name"), rs.getLong("items"),
					rs.getLong("decided")))
			.list();
	}

	@Override
	public Optional<Origin> originOf(RiskId risk) {
		return this.jdbc.sql("""
				select i.id, i.ticket, i.title, th.category, th.what_could_go_wrong
				from threat th
				join threat_model m on m.id = th.model_id
				join backlog_item i on i.id = m.item_id
				where th.risk_id = :risk
				""")
			.param("risk", risk.value())
			.query((rs, n) -> new Origin(rs.getObject("id", UUID.class), rs.getString("ticket"), rs.getString("title"),
					Stride.valueOf(rs.getString("category")), rs.getString("what_could_go_wrong")))
			.optional();
	}

	@Override
	public List<ThreatRow> threatsOf(BacklogItemId item) {
		return this.jdbc.sql("""
				select th.*, r.title as risk_title
				from threat th
				join threat_model m on m.id = th.model_id
				left join risk r on r.id = th.risk_id
				where m.item_id = :item
				order by th.position
				""")
			.param("item", item.value())
			.query((rs, n) -> new ThreatRow(rs.getObject("id", UUID.class), Stride.valueOf(rs.getString("category")),
					rs.getString("what_could_go_wrong"), rs.getString("how_we_ensure"),
					rs.getString("mitigation_ticket"), ThreatStatus.valueOf(rs.getString("status")),
					rs.getObject("risk_id", UUID.class), rs.getString("risk_title")))
			.list();
	}

	@Override
	public Optional<String> teamName(TeamId team) {
		return this.jdbc.sql("select name from team where id = :id")
			.param("id", team.value())
			.query(String.class)
			.optional();
	}

	@Override
	public Optional<ProductRef> product(ProductId product) {
		return this.jdbc.sql("""
				select p.id, p.name, t.id as team_id, t.name as team_name, p.product_owner_id, p.risk_owner_id
				from product p left join team t on t.id = p.owning_team_id
				where p.id = :id
				""")
			.param("id", product.value())
			.query((rs, n) -> new ProductRef(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("team_id", UUID.class), rs.getString("team_name"),
					rs.getObject("product_owner_id", UUID.class), rs.getObject("risk_owner_id", UUID.class)))
			.optional();
	}

	private static String where(Scope scope) {
		return (scope.product() != null) ? "i.product_id = :scope" : "p.owning_team_id = :scope";
	}

	private static UUID scopeId(Scope scope) {
		return (scope.product() != null) ? scope.product().value() : scope.team().value();
	}

	private static ItemRow row(ResultSet rs) throws SQLException {
		String decision = rs.getString("decision");
		return new ItemRow(rs.getObject("id", UUID.class), rs.getObject("product_id", UUID.class),
				rs.getString("product_name"), rs.getString("ticket"), rs.getString("title"), JdbcThreatStore.triage(rs),
				rs.getObject("triaged_on", LocalDate.class),
				(decision == null) ? null : ThreatDecision.valueOf(decision), rs.getString("decision_reason"),
				rs.getObject("model_id") != null, rs.getObject("finished_on", LocalDate.class), rs.getInt("threats"),
				rs.getInt("open"), rs.getInt("risks"));
	}

}
