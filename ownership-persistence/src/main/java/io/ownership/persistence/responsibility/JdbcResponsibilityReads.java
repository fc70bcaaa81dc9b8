package io.ownership.persistence.responsibility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.responsibility.usecase.Applicability;
import io.ownership.core.responsibility.matrix.MatrixContent;
import io.ownership.core.responsibility.matrix.MatrixQuery;
import io.ownership.core.responsibility.matrix.MatrixVersion;
import io.ownership.core.responsibility.PersonRef;
import io.ownership.core.responsibility.ProductContext;
import io.ownership.core.responsibility.matrix.PublishedMatrix;
import io.ownership.core.responsibility.ResponsibilityReadModel;
import io.ownership.core.responsibility.TeamRef;
import io.ownership.core.responsibility.usecase.UseCaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads behind the matrix pages and the per-product resolution: set-based SQL, a
 * fixed number of statements however many products, use cases, activities and parties.
 */
@Repository
@Transactional(readOnly = true)
class JdbcResponsibilityReads implements ResponsibilityReadModel, MatrixQuery {

	private final JdbcClient jdbc;

	/** Contents of published versions, which never change, by use case and number. */
	private final Map<VersionKey, MatrixContent> publishedContents = new ConcurrentHashMap<>();

	JdbcResponsibilityReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Three statements: the products with their owners, the teams of the platforms they
	 * run on, and the organization's security and operations teams.
	 */
	@Override
	public List<ProductContext> products(Collection<ProductId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		UUID[] keys = ids.stream().map(ProductId::value).distinct().toArray(UUID[]::new);
		Map<UUID, List<TeamRef>> platforms = new HashMap<>();
		this.jdbc.sql("""
				select distinct r.product_id, t.id, t.name from product_runs_on r
				join product pl on pl.id = r.platform_id
				join team t on t.id = pl.owning_team_id
				where r.product_id = any(:ids) order by t.name
				""").param("ids", keys).query((rs) -> {
			platforms.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new ArrayList<>())
				.add(new TeamRef(new TeamId(rs.getObject(2, UUID.class)), rs.getString(3)));
		});
		List<TeamRef> security = new ArrayList<>();
		List<TeamRef> operations = new ArrayList<>();
		this.jdbc.sql("select id, name, kind from team where kind in ('SECURITY', 'OPERATIONS') order by name")
			.query((rs) -> {
				TeamRef team = new TeamRef(new TeamId(rs.getObject(1, UUID.class)), rs.getString(2));
				("SECURITY".equals(rs.getString(3)) ? security : operations).add(team);
			});
		return this.jdbc.sql("""
				select p.id, p.name, p.kind, t.id as team_id, t.name as team_name,
				       po.id as po_id, po.name as po_name, po.active as po_active,
				       ro.id as ro_id, ro.name as ro_name, ro.active as ro_active
				from product p
				left join team t on t.id = p.owning_team_id
				left join person po on po.id = p.product_owner_id
				left join person ro on ro.id = p.risk_owner_id
				where p.id = any(:ids) order by lower(p.name)
				""").param("ids", keys).query((rs, row) -> {
			UUID id = rs.getObject("id", UUID.class);
			UUID team = rs.getObject("team_id", UUID.class);
			return new ProductContext(new ProductId(id), rs.getString("name"),
					ProductKind.valueOf(rs.getString("kind")),
					(team != null) ? new TeamRef(new TeamId(team), rs.getString("team_name")) : null, person(rs, "po"),
					person(rs, "ro"), platforms.getOrDefault(id, List.of()), security, operations);
		}).list();
	}

	private static PersonRef person(ResultSet rs, String prefix) throws SQLException {
		UUID id = rs.getObject(prefix + "_id", UUID.class);
		if (id == null || !rs.getBoolean(prefix + "_active")) {
			return null;
		}
		return new PersonRef(new PersonId(id), rs.getString(prefix + "_name"));
	}

	@Override
	public List<ProductId> productsOwnedBy(TeamId team) {
		return this.jdbc
			.sql("select id from product where owning_team_id = :team and not archived order by lower(name)")
			.param("team", team.value())
			.query((rs, row) -> new ProductId(rs.getObject(1, UUID.class)))
			.list();
	}

	/**
	 * Two statements, and three more when a version not read before has been published:
	 * the use cases with their latest version and their applicability, and the rows,
	 * columns and cells of the latest versions. A published version never changes, so its
	 * content is kept by use case and number; the latest numbers are read every time, so
	 * a new version is seen at once, on every instance.
	 */
	@Override
	public List<PublishedMatrix> publishedMatrices() {
		Map<UUID, Set<ProductKind>> kinds = new HashMap<>();
		Map<UUID, Set<ProductId>> products = new HashMap<>();
		this.jdbc.sql("""
				select use_case_id, kind, null as product_id from use_case_product_kind
				union all
				select use_case_id, null, product_id from use_case_product
				""").query((rs) -> {
			UUID useCase = rs.getObject(1, UUID.class);
			if (rs.getString(2) != null) {
				kinds.computeIfAbsent(useCase, (k) -> EnumSet.noneOf(ProductKind.class))
					.add(ProductKind.valueOf(rs.getString(2)));
			}
			else {
				products.computeIfAbsent(useCase, (k) -> new HashSet<>())
					.add(new ProductId(rs.getObject(3, UUID.class)));
			}
		});
		List<LatestVersion> latest = this.jdbc.sql("""
				select u.id, u.name, u.mandatory, v.number, v.published_at, v.published_by
				from use_case u
				left join matrix_draft d on d.use_case_id = u.id
				left join matrix_version v on v.use_case_id = u.id and v.number = d.latest_version
				order by lower(u.name)
				""").query((rs, row) -> {
			Timestamp at = rs.getTimestamp(5);
			return new LatestVersion(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
					(at != null) ? new VersionKey(rs.getObject(1, UUID.class), rs.getInt(4)) : null,
					(at != null) ? at.toInstant() : null, rs.getString(6));
		}).list();
		Map<VersionKey, MatrixContent> contents = publishedContents(
				latest.stream().map(LatestVersion::key).filter(Objects::nonNull).toList());
		return latest.stream().map((use) -> {
			UseCaseId useCase = new UseCaseId(use.id());
			MatrixVersion version = (use.key() != null) ? new MatrixVersion(useCase, use.key().number(),
					use.publishedAt(), use.publishedBy(), contents.get(use.key())) : null;
			return new PublishedMatrix(useCase, use.name(), use.mandatory(), new Applicability(
					kinds.getOrDefault(use.id(), Set.of()), products.getOrDefault(use.id(), Set.of())), version);
		}).toList();
	}

	private Map<VersionKey, MatrixContent> publishedContents(List<VersionKey> keys) {
		Map<VersionKey, MatrixContent> found = new HashMap<>();
		keys.forEach((key) -> {
			MatrixContent content = this.publishedContents.get(key);
			if (content != null) {
				found.put(key, content);
			}
		});
		List<VersionKey> missing = keys.stream().filter((key) -> !found.containsKey(key)).toList();
		if (!missing.isEmpty()) {
			UUID[] useCases = missing.stream().map(VersionKey::useCase).toArray(UUID[]::new);
			Integer[] numbers = missing.stream().map(VersionKey::number).toArray(Integer[]::new);
			String versions = " x join unnest(:useCases, :numbers) as k(use_case_id, number)"
					+ " on k.use_case_id = x.use_case_id and k.number = x.number";
			Contents<VersionKey> read = Contents.load(
					this.jdbc.sql("select x.* from matrix_version_activity" + versions + " order by x.position")
						.param("useCases", useCases)
						.param("numbers", numbers),
					this.jdbc.sql("select x.* from matrix_version_party" + versions + " order by x.position")
						.param("useCases", useCases)
						.param("numbers", numbers),
					this.jdbc.sql("select x.* from matrix_version_cell" + versions)
						.param("useCases", useCases)
						.param("numbers", numbers),
					(rs) -> new VersionKey(rs.getObject("use_case_id", UUID.class), rs.getInt("number")));
			missing.forEach((key) -> found.put(key, read.of(key)));
			this.publishedContents.keySet().retainAll(keys);
			this.publishedContents.putAll(found);
		}
		return found;
	}

	private record VersionKey(UUID useCase, int number) {
	}

	private record LatestVersion(UUID id, String name, boolean mandatory, VersionKey key, Instant publishedAt,
			String publishedBy) {
	}

	@Override
	public Map<TeamId, TeamRef> teams(Collection<TeamId> ids) {
		Map<TeamId, TeamRef> teams = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return teams;
		}
		this.jdbc.sql("select id, name from team where id = any(:ids)")
			.param("ids", ids.stream().map(TeamId::value).toArray(UUID[]::new))
			.query((rs) -> {
				TeamId id = new TeamId(rs.getObject(1, UUID.class));
				teams.put(id, new TeamRef(id, rs.getString(2)));
			});
		return teams;
	}

	@Override
	public List<UseCaseSummary> useCases() {
		return this.jdbc
			.sql("""
					select u.id, u.name, u.mandatory, d.latest_version, v.published_at, d.changed_since_published,
					       (select count(*) from matrix_activity a where a.use_case_id = u.id) as activities,
					       (select string_agg(k.kind, ',') from use_case_product_kind k where k.use_case_id = u.id) as kinds,
					       (select count(*) from use_case_product p where p.use_case_id = u.id) as products
					from use_case u
					join matrix_draft d on d.use_case_id = u.id
					left join matrix_version v on v.use_case_id = u.id and v.number = d.latest_version
					order by lower(u.name)
					""")
			.query((rs, row) -> {
				Set<ProductKind> kinds = EnumSet.noneOf(ProductKind.class);
				String joined = rs.getString("kinds");
				if (joined != null) {
					for (String kind : joined.split(",")) {
						kinds.add(ProductKind.valueOf(kind));
					}
				}
				Timestamp at = rs.getTimestamp("published_at");
				return new UseCaseSummary(new UseCaseId(rs.getObject("id", UUID.class)), rs.getString("name"),
						rs.getBoolean("mandatory"), rs.getInt("latest_version"), (at != null) ? at.toInstant() : null,
						rs.getBoolean("changed_since_published"), rs.getInt("activities"), kinds,
						rs.getInt("products"));
			})
			.list();
	}

	@Override
	public List<TeamRef> teams() {
		return this.jdbc.sql("select id, name from team order by lower(name)")
			.query((rs, row) -> new TeamRef(new TeamId(rs.getObject(1, UUID.class)), rs.getString(2)))
			.list();
	}

	@Override
	public List<ProductChoice> products() {
		return this.jdbc.sql("select id, name, kind from product where not archived order by lower(name)")
			.query((rs, row) -> productChoice(rs))
			.list();
	}

	@Override
	public List<ProductChoice> chosenProducts(Collection<ProductId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select id, name, kind from product where id = any(:ids) and not archived order by lower(name)")
			.param("ids", ids.stream().map(ProductId::value).distinct().toArray(UUID[]::new))
			.query((rs, row) -> productChoice(rs))
			.list();
	}

	private static ProductChoice productChoice(ResultSet rs) throws SQLException {
		return new ProductChoice(new ProductId(rs.getObject(1, UUID.class)), rs.getString(2),
				ProductKind.valueOf(rs.getString(3)));
	}

}
