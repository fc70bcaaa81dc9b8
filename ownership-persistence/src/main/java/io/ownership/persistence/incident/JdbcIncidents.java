package io.ownership.persistence.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.incident.FailedActivity;
import io.ownership.core.incident.IncidentFilter;
import io.ownership.core.incident.IncidentId;
import io.ownership.core.incident.IncidentQuery;
import io.ownership.core.incident.IncidentRepository;
import io.ownership.core.incident.IncidentRow;
import io.ownership.core.incident.IncidentStatus;
import io.ownership.core.incident.IncidentTimes;
import io.ownership.core.incident.IncidentView;
import io.ownership.core.incident.PostMortem;
import io.ownership.core.incident.SecurityIncident;
import io.ownership.core.incident.Viewer;
import io.ownership.core.responsibility.matrix.ActivityId;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.risk.RiskId;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.StaleVersionException;
import io.ownership.persistence.database.Exports;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents and post-mortems: the aggregates with a version checked on save, and the
 * lists and the incident's page with names, a fixed number of statements each.
 */
@Repository
@Transactional(readOnly = true)
class JdbcIncidents implements IncidentRepository, IncidentQuery {

	private static final String ROW = """
			select i.id, i.title, i.severity, i.status, i.detected_at, i.contained_at, i.resolved_at,
			       p.id as product_id, p.name as product_name, t.id as team_id, t.name as team_name,
			       exists (select 1 from post_mortem m where m.incident_id = i.id) as post_mortem
			from security_incident i
			join product p on p.id = i.product_id
			left join team t on t.id = p.owning_team_id
			""";

	/**
	 * The incidents a person sees: of the products they own or are risk owner of, or
	 * whose owning team they are a member of.
	 */
	private static final String VISIBLE = """
			 and (:all or p.product_owner_id = :person or p.risk_owner_id = :person
			      or exists (select 1 from team_member tm where tm.team_id = p.owning_team_id and tm.person_id = :person))
			""";

	private final JdbcClient jdbc;

	JdbcIncidents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<SecurityIncident> findById(IncidentId id) {
		Optional<SecurityIncident> found = this.jdbc.sql("select * from security_incident where id = :id")
			.param("id", id.value())
			.query((rs, n) -> new SecurityIncident(id, new ProductId(rs.getObject("product_id", UUID.class)),
					rs.getString("title"), rs.getString("description"), RiskLevel.valueOf(rs.getString("severity")),
					new IncidentTimes(instant(rs, "detected_at"), instant(rs, "contained_at"),
							instant(rs, "resolved_at")),
					ids("select asset_id from security_incident_asset where incident_id = :id", id.value(),
							AssetId::new),
					ids("select risk_id from security_incident_risk where incident_id = :id", id.value(), RiskId::new),
					IncidentStatus.valueOf(rs.getString("status")), rs.getString("reported_by"), rs.getLong("version")))
			.optional();
		return found;
	}

	@Override
	@Transactional
	public void save(SecurityIncident incident) {
		UUID id = incident.id().value();
		int updated = this.jdbc.sql("""
				update security_incident set title = :title, description = :description, severity = :severity,
				       status = :status, detected_at = :detected, contained_at = :contained, resolved_at = :resolved,
				       version = version + 1
				where id = :id and version = :version
				""").params(params(incident)).param("version", incident.version()).update();
		if (updated == 0) {
			if (this.jdbc.sql("select count(*) from security_incident where id = :id")
				.param("id", id)
				.query(Long.class)
				.single() > 0) {
				throw new StaleVersionException("Incident", incident.id());
			}
			this.jdbc.sql("""
					insert into security_incident (id, product_id, title, description, severity, status, detected_at,
					       contained_at, resolved_at, reported_by)
					values (:id, :product, :title, :description, :severity, :status, :detected, :contained, :resolved,
					       :reportedBy)
					""").params(params(incident)).update();
		}
		this.jdbc.sql("delete from security_incident_asset where incident_id = :id").param("id", id).update();
		this.jdbc.sql("delete from security_incident_risk where incident_id = :id").param("id", id).update();
		if (!incident.assets().isEmpty()) {
			this.jdbc.sql("""
					insert into security_incident_asset (incident_id, asset_id)
					select :id, unnest(cast(:assets as uuid[]))
					""")
				.param("id", id)
				.param("assets", incident.assets().stream().map(AssetId::value).toArray(UUID[]::new))
				.update();
		}
		if (!incident.risks().isEmpty()) {
			this.jdbc.sql("""
					insert into security_incident_risk (incident_id, risk_id)
					select :id, unnest(cast(:risks as uuid[]))
					""")
				.param("id", id)
				.param("risks", incident.risks().stream().map(RiskId::value).toArray(UUID[]::new))
				.update();
		}
	}

	private static Map<String, Object> params(SecurityIncident incident) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", incident.id().value());
		params.put("product", incident.product().value());
		params.put("title", incident.title());
		params.put("description", incident.description());
		params.put("severity", incident.severity().name());
		params.put("status", incident.status().name());
		params.put("detected", timestamp(incident.times().detectedAt()));
		params.put("contained", timestamp(incident.times().containedAt()));
		params.put("resolved", timestamp(incident.times().resolvedAt()));
		params.put("reportedBy", incident.reportedBy());
		return params;
	}

	@Override
	public Optional<PostMortem> postMortemOf(IncidentId incident) {
		return this.jdbc.sql("select * from post_mortem where incident_id = :id")
			.param("id", incident.value())
			.query((rs, n) -> new PostMortem(incident, rs.getString("timeline"), rs.getString("contributing_factors"),
					rs.getString("went_well"), failed(rs),
					ids("select risk_id from post_mortem_risk where incident_id = :id", incident.value(), RiskId::new),
					rs.getString("written_by"), rs.getLong("version")))
			.optional();
	}

	private static FailedActivity failed(ResultSet rs) throws SQLException {
		UUID useCase = rs.getObject("use_case_id", UUID.class);
		UUID activity = rs.getObject("activity_id", UUID.class);
		if (useCase == null || activity == null) {
			return null;
		}
		return new FailedActivity(new UseCaseId(useCase), new ActivityId(activity), rs.getString("activity_name"));
	}

	@Override
	@Transactional
	public void save(PostMortem postMortem) {
		UUID id = postMortem.incident().value();
		FailedActivity failed = postMortem.failedActivity();
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("timeline", postMortem.timeline());
		params.put("factors", postMortem.contributingFactors());
		params.put("wentWell", postMortem.wentWell());
		params.put("useCase", (failed != null) ? failed.useCase().value() : null);
		params.put("activity", (failed != null) ? failed.activity().value() : null);
		params.put("activityName", (failed != null) ? failed.name() : null);
		params.put("writtenBy", postMortem.writtenBy());
		params.put("version", postMortem.version());
		int updated = this.jdbc.sql("""
				update post_mortem set timeline = :timeline, contributing_factors = :factors, went_well = :wentWell,
				       use_case_id = :useCase, activity_id = :activity, activity_name = :activityName,
				       version = version + 1
				where incident_id = :id and version = :version
				""").params(params).update();
		if (updated == 0) {
			if (this.jdbc.sql("select count(*) from post_mortem where incident_id = :id")
				.param("id", id)
				.query(Long.class)
				.single() > 0) {
				throw new StaleVersionException("PostMortem", postMortem.incident());
			}
			this.jdbc.sql("""
					insert into post_mortem (incident_id, timeline, contributing_factors, went_well, use_case_id,
					       activity_id, activity_name, written_by)
					values (:id, :timeline, :factors, :wentWell, :useCase, :activity, :activityName, :writtenBy)
					""").params(params).update();
		}
		if (!postMortem.risks().isEmpty()) {
			this.jdbc.sql("""
					insert into post_mortem_risk (incident_id, risk_id)
					select :id, unnest(cast(:risks as uuid[]))
					on conflict do nothing
					""")
				.param("id", id)
				.param("risks", postMortem.risks().stream().map(RiskId::value).toArray(UUID[]::new))
				.update();
		}
	}

	@Override
	public Page<IncidentRow> list(IncidentFilter filter, Viewer viewer, PageRequest page) {
		Where where = where(filter, viewer);
		long total = this.jdbc
			.sql("select count(*) from security_incident i join product p on p.id = i.product_id where " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<IncidentRow> rows = this.jdbc
			.sql(ROW + " where " + where.sql() + " order by i.detected_at desc, i.id limit :limit offset :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> row(rs))
			.list();
		return new Page<>(rows, page, total);
	}

	@Override
	public void export(IncidentFilter filter, Viewer viewer, int limit, Consumer<IncidentRow> each) {
		Where where = where(filter, viewer);
		this.jdbc.sql(ROW + " where " + where.sql() + " order by i.detected_at desc, i.id limit :limit")
			.withFetchSize(Exports.FETCH_SIZE)
			.params(where.params())
			.param("limit", limit)
			.query((RowCallbackHandler) (rs) -> each.accept(row(rs)));
	}

	private static Where where(IncidentFilter filter, Viewer viewer) {
		StringBuilder sql = new StringBuilder("true");
		Map<String, Object> params = new HashMap<>();
		if (filter.product() != null) {
			sql.append(" and i.product_id = :product");
			params.put("product", filter.product());
		}
		if (filter.team() != null) {
			sql.append(" and p.owning_team_id = :team");
			params.put("team", filter.team());
		}
		if (filter.kind() != null) {
			sql.append(" and p.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.status() != null) {
			sql.append(" and i.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.severity() != null) {
			sql.append(" and i.severity = :severity");
			params.put("severity", filter.severity().name());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			sql.append(" and lower(i.title) like :text escape '\\'");
			params.put("text",
					"%" + filter.text()
						.trim()
						.toLowerCase(Locale.ROOT)
						.replace("\\", "\\\\")
						.replace("%", "\\%")
						.replace("_", "\\_") + "%");
		}
		if (filter.contained()) {
			sql.append(" and i.contained_at is not null");
		}
		if (filter.resolved()) {
			sql.append(" and i.resolved_at is not null");
		}
		if (!viewer.all()) {
			sql.append(VISIBLE);
		}
		params.put("all", viewer.all());
		params.put("person", viewer.person());
		return new Where(sql.toString(), params);
	}

	private record Where(String sql, Map<String, Object> params) {

	}

	@Override
	public Optional<IncidentView> view(IncidentId id) {
		List<Named> assets = new ArrayList<>();
		List<Named> risks = new ArrayList<>();
		List<Named> postMortemRisks = new ArrayList<>();
		this.jdbc.sql("""
				select 'A' as kind, a.id, a.name from security_incident_asset x join asset a on a.id = x.asset_id
				where x.incident_id = :id
				union all
				select 'R', r.id, r.title from security_incident_risk x join risk r on r.id = x.risk_id
				where x.incident_id = :id
				union all
				select 'P', r.id, r.title from post_mortem_risk x join risk r on r.id = x.risk_id
				where x.incident_id = :id
				order by 1, 3
				""").param("id", id.value()).query((RowCallbackHandler) (rs) -> {
			Named named = new Named(rs.getObject("id", UUID.class), rs.getString("name"));
			switch (rs.getString("kind")) {
				case "A" -> assets.add(named);
				case "R" -> risks.add(named);
				default -> postMortemRisks.add(named);
			}
		});
		return this.jdbc.sql(ROW.replace("from security_incident i", """
				, i.description, i.version, coalesce(rp.name, i.reported_by) as reported_by_name,
				       m.timeline, m.contributing_factors, m.went_well, m.use_case_id, uc.name as use_case_name,
				       m.activity_id, m.activity_name, coalesce(wp.name, m.written_by) as written_by_name,
				       m.version as post_mortem_version, m.incident_id as post_mortem_id
				from security_incident i
				left join post_mortem m on m.incident_id = i.id
				left join use_case uc on uc.id = m.use_case_id
				left join user_account ra on ra.username = i.reported_by
				left join person rp on rp.account_id = ra.id
				left join user_account wa on wa.username = m.written_by
				left join person wp on wp.account_id = wa.id
				""") + " where i.id = :id").param("id", id.value()).query((rs, n) -> {
			IncidentView.PostMortemView postMortem = null;
			if (rs.getObject("post_mortem_id") != null) {
				postMortem = new IncidentView.PostMortemView(rs.getString("timeline"),
						rs.getString("contributing_factors"), rs.getString("went_well"),
						rs.getObject("use_case_id", UUID.class), rs.getString("use_case_name"),
						rs.getObject("activity_id", UUID.class), rs.getString("activity_name"),
						rs.getString("written_by_name"), postMortemRisks, rs.getLong("post_mortem_version"));
			}
			return new IncidentView(row(rs), rs.getString("description"), rs.getString("reported_by_name"), assets,
					risks, postMortem, rs.getLong("version"));
		}).optional();
	}

	@Override
	public List<Named> risksOf(ProductId product) {
		return this.jdbc.sql("select id, title from risk where product_id = :product order by lower(title), id")
			.param("product", product.value())
			.query((rs, n) -> new Named(rs.getObject("id", UUID.class), rs.getString("title")))
			.list();
	}

	@Override
	public Set<RiskId> ofProduct(ProductId product, Set<RiskId> risks) {
		return new HashSet<>(
				this.jdbc.sql("select id from risk where product_id = :product and id = any(cast(:risks as uuid[]))")
					.param("product", product.value())
					.param("risks", risks.stream().map(RiskId::value).toArray(UUID[]::new))
					.query((rs, n) -> new RiskId(rs.getObject("id", UUID.class)))
					.list());
	}

	private static IncidentRow row(ResultSet rs) throws SQLException {
		return new IncidentRow(new IncidentId(rs.getObject("id", UUID.class)), rs.getString("title"),
				rs.getObject("product_id", UUID.class), rs.getString("product_name"),
				rs.getObject("team_id", UUID.class), rs.getString("team_name"),
				RiskLevel.valueOf(rs.getString("severity")), IncidentStatus.valueOf(rs.getString("status")),
				instant(rs, "detected_at"), instant(rs, "contained_at"), instant(rs, "resolved_at"),
				rs.getBoolean("post_mortem"));
	}

	private <T> Set<T> ids(String sql, UUID id, Function<UUID, T> wrap) {
		return new HashSet<>(
				this.jdbc.sql(sql).param("id", id).query((rs, n) -> wrap.apply(rs.getObject(1, UUID.class))).list());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
