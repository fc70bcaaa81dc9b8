package io.ownership.persistence.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import io.ownership.core.catalog.AssetType;
import io.ownership.core.catalog.DataClassification;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.catalog.view.AssetFilter;
import io.ownership.core.catalog.view.AssetRow;
import io.ownership.core.catalog.view.CatalogQuery;
import io.ownership.core.catalog.view.GapCounts;
import io.ownership.core.catalog.view.Member;
import io.ownership.core.catalog.view.PersonDetail;
import io.ownership.core.catalog.view.PersonRef;
import io.ownership.core.catalog.view.PersonRow;
import io.ownership.core.catalog.view.ProductDetail;
import io.ownership.core.catalog.view.ProductFilter;
import io.ownership.core.catalog.view.ProductRow;
import io.ownership.core.catalog.view.ProductSort;
import io.ownership.core.catalog.view.Ref;
import io.ownership.core.catalog.view.SearchHit;
import io.ownership.core.catalog.view.TeamDashboard;
import io.ownership.core.catalog.view.TeamRow;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.persistence.database.Exports;
import io.ownership.persistence.database.VersionedFigure;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's lists and pages as SQL projections: every method runs a fixed number of
 * statements (a count and a page for lists, one per section for a page), whatever the
 * number of rows.
 */
@Repository
@Transactional(readOnly = true)
class JdbcCatalogQuery implements CatalogQuery {

	/**
	 * A product with its product owner and risk owner, without its team: a subquery of
	 * the team list that joined {@code team t} would hide the outer team and count every
	 * team's products.
	 */
	private static final String PRODUCT_PEOPLE = """
			from product p
			left join person po on po.id = p.product_owner_id
			left join person ro on ro.id = p.risk_owner_id
			""";

	private static final String PRODUCT_FROM = """
			from product p
			left join team t on t.id = p.owning_team_id
			left join person po on po.id = p.product_owner_id
			left join person ro on ro.id = p.risk_owner_id
			""";

	private static final String PRODUCT_SELECT = """
			select p.id, p.name, p.kind, p.archived, p.version, p.description,
			       t.id as team_id, t.name as team_name,
			       po.id as po_id, po.name as po_name, po.active as po_active,
			       ro.id as ro_id, ro.name as ro_name, ro.active as ro_active,
			       (select count(*) from asset a where a.owner_product_id = p.id
			            or (a.owner_product_id is null and a.responsible_product_id = p.id)) as asset_count
			""" + PRODUCT_FROM;

	/**
	 * An active product without owning team, product owner or risk owner, or with one of
	 * them deactivated: {@link io.ownership.core.catalog.view.ProductRow#gaps()} in SQL,
	 * for the filter and the counts.
	 */
	public static final String PRODUCT_GAP = """
			(not p.archived and (p.owning_team_id is null or p.product_owner_id is null or p.risk_owner_id is null
			 or not po.active or not ro.active))""";

	/**
	 * {@link io.ownership.core.catalog.view.AssetRow#gaps()} in SQL; the dashboard counts
	 * with it too.
	 */
	public static final String ASSET_GAP = """
			((a.owner_product_id is null and a.external_owner is null) or a.responsible_product_id is null)""";

	/**
	 * A product (alias {@code p}) to which a mandatory use case applies (by its kind or
	 * by name) that has no published matrix.
	 */
	public static final String MISSING_MATRIX = """
			exists (select 1 from use_case u where u.mandatory
			 and (exists (select 1 from use_case_product_kind k where k.use_case_id = u.id and k.kind = p.kind)
			      or exists (select 1 from use_case_product up where up.use_case_id = u.id and up.product_id = p.id))
			 and not exists (select 1 from matrix_version v where v.use_case_id = u.id))""";

	private static final String ASSET_COLUMNS = """
			a.id, a.name, a.type, a.reference, a.classification, a.version, a.external_owner,
			       op.id as op_id, op.name as op_name, ot.id as ot_id, ot.name as ot_name,
			       rp.id as rp_id, rp.name as rp_name, rt.id as rt_id, rt.name as rt_name
			""";

	private static final String ASSET_FROM = """
			from asset a
			left join product op on op.id = a.owner_product_id
			left join team ot on ot.id = op.owning_team_id
			left join product rp on rp.id = a.responsible_product_id
			left join team rt on rt.id = rp.owning_team_id
			""";

	private static final String ASSET_SELECT = "select " + ASSET_COLUMNS + ASSET_FROM;

	private static final String ASSET_ORDER = " order by a.type, lower(a.name), a.id";

	/** The platforms reachable through "runs on" from the products in {@code start}. */
	private static final String PLATFORMS_OF = """
			with recursive platforms(id, depth) as (
			    select r.platform_id, 1 from product_runs_on r where r.product_id in (%s)
			    union all
			    select r.platform_id, pl.depth + 1 from product_runs_on r join platforms pl on r.product_id = pl.id
			    where pl.depth < 20
			)
			""";

	private static final Map<ProductSort, String> PRODUCT_ORDER = Map.of(ProductSort.NAME, "lower(p.name)",
			ProductSort.KIND, "p.kind", ProductSort.TEAM, "lower(t.name)", ProductSort.PRODUCT_OWNER, "lower(po.name)",
			ProductSort.ASSETS, "asset_count");

	private final JdbcClient jdbc;

	private final VersionedFigure<Boolean, GapCounts> gaps;

	JdbcCatalogQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.gaps = new VersionedFigure<>(jdbc, "catalog");
	}

	@Override
	public Page<ProductRow> products(ProductFilter filter, PageRequest page) {
		long total = productFilter(this.jdbc.sql("select count(*) " + PRODUCT_FROM + productWhere(filter)), filter)
			.query(Long.class)
			.single();
		List<ProductRow> rows = productFilter(
				this.jdbc.sql(PRODUCT_SELECT + productWhere(filter) + order(filter) + " limit :limit offset :offset"),
				filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(JdbcCatalogQuery::productRow)
			.list();
		return new Page<>(rows, page, total);
	}

	@Override
	public void exportProducts(ProductFilter filter, Consumer<ProductRow> each) {
		productFilter(
				this.jdbc.sql(PRODUCT_SELECT + productWhere(filter) + order(filter)).withFetchSize(Exports.FETCH_SIZE),
				filter)
			.query((RowCallbackHandler) (rs) -> each.accept(productRow(rs, 0)));
	}

	/**
	 * A condition for each filter given, so that each combination gets a plan of its own
	 * (written as {@code (:x is null or ...)}, a prepared statement's generic plan would
	 * not use the indexes).
	 */
	private static String productWhere(ProductFilter filter) {
		StringBuilder where = new StringBuilder(" where true");
		if (filter.text() != null) {
			where.append(" and lower(p.name) like :pattern escape '\\'");
		}
		if (filter.kind() != null) {
			where.append(" and p.kind = :kind");
		}
		if (filter.team() != null) {
			where.append(" and p.owning_team_id = :team");
		}
		if (!filter.archived()) {
			where.append(" and not p.archived");
		}
		if (filter.gapsOnly()) {
			where.append(" and ").append(PRODUCT_GAP);
		}
		if (filter.missingMatrix()) {
			where.append(" and ").append(MISSING_MATRIX);
		}
		return where.append('\n').toString();
	}

	private static JdbcClient.StatementSpec productFilter(JdbcClient.StatementSpec statement, ProductFilter filter) {
		if (filter.text() != null) {
			statement = statement.param("pattern", pattern(filter.text()));
		}
		if (filter.kind() != null) {
			statement = statement.param("kind", filter.kind().name());
		}
		if (filter.team() != null) {
			statement = statement.param("team", filter.team());
		}
		return statement;
	}

	private static String order(ProductFilter filter) {
		String direction = filter.descending() ? " desc nulls last" : " asc nulls last";
		return " order by " + PRODUCT_ORDER.get(filter.sort()) + direction + ", lower(p.name), p.id";
	}

	@Override
	public Optional<ProductDetail> product(UUID id) {
		List<Object[]> found = this.jdbc.sql(PRODUCT_SELECT + " where p.id = :id")
			.param("id", id)
			.query((rs, n) -> new Object[] { productRow(rs, n), rs.getString("description") })
			.list();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		List<Ref> runsOn = this.jdbc.sql("""
				select pl.id, pl.name from product_runs_on r join product pl on pl.id = r.platform_id
				where r.product_id = :id order by lower(pl.name)
				""").param("id", id).query(JdbcCatalogQuery::ref).list();
		List<AssetRow> assets = this.jdbc
			.sql(ASSET_SELECT + " where a.owner_product_id = :id or a.responsible_product_id = :id" + ASSET_ORDER)
			.param("id", id)
			.query(JdbcCatalogQuery::assetRow)
			.list();
		List<AssetRow> inherited = this.jdbc.sql(PLATFORMS_OF.formatted(":id") + ASSET_SELECT
				+ " where a.owner_product_id in (select id from platforms) and a.owner_product_id <> :id" + ASSET_ORDER)
			.param("id", id)
			.query(JdbcCatalogQuery::assetRow)
			.list();
		return Optional
			.of(new ProductDetail((ProductRow) found.get(0)[0], (String) found.get(0)[1], runsOn, assets, inherited));
	}

	@Override
	public Page<TeamRow> teams(String text, PageRequest page) {
		String where = " where (cast(:pattern as text) is null or lower(t.name) like :pattern escape '\\')";
		long total = this.jdbc.sql("select count(*) from team t" + where)
			.param("pattern", pattern(text))
			.query(Long.class)
			.single();
		List<TeamRow> rows = this.jdbc
			.sql("""
					select t.id, t.name, t.kind,
					       (select count(*) from team_member m where m.team_id = t.id) as members,
					       (select count(*) from product p where p.owning_team_id = t.id) as products,
					       (select count(*)\s""" + PRODUCT_PEOPLE + " where p.owning_team_id = t.id and " + PRODUCT_GAP
					+ ") as gaps from team t" + where + " order by lower(t.name), t.id limit :limit offset :offset")
			.param("pattern", pattern(text))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new TeamRow(uuid(rs, "id"), rs.getString("name"), TeamKind.valueOf(rs.getString("kind")),
					rs.getLong("members"), rs.getLong("products"), rs.getLong("gaps")))
			.list();
		return new Page<>(rows, page, total);
	}

	@Override
	public Page<AssetRow> assets(AssetFilter filter, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		String where = assetWhere(filter, params);
		long total = this.jdbc.sql(assetCountSql(where)).params(params).query(Long.class).single();
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<AssetRow> rows = this.jdbc.sql(assetPageSql(where))
			.params(params)
			.query(JdbcCatalogQuery::assetRow)
			.list();
		return new Page<>(rows, page, total);
	}

	/**
	 * The asset list's join and conditions for the filter, its values put in
	 * {@code params} (the index guard plans the list's statements with them).
	 */
	static String assetWhere(AssetFilter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (filter.team() != null) {
			conditions.add("h.owning_team_id = :team");
			params.put("team", filter.team());
		}
		if (filter.kind() != null) {
			conditions.add("h.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.gapsOnly()) {
			conditions.add(ASSET_GAP);
		}
		return " left join product h on h.id = coalesce(a.owner_product_id, a.responsible_product_id)"
				+ (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
	}

	static String assetCountSql(String where) {
		return "select count(*) from asset a" + where;
	}

	static String assetPageSql(String where) {
		return ASSET_SELECT + where + ASSET_ORDER + " limit :limit offset :offset";
	}

	@Override
	public Optional<TeamDashboard> team(UUID id) {
		return team(id, Integer.MAX_VALUE);
	}

	/**
	 * The team's page: the owned and responsible assets in one statement, the inherited
	 * ones in another, each list numbered by type and name and counted in all by window
	 * functions, so that only the first {@code assetsShown} of each (and the owned assets
	 * with a gap) leave the database.
	 */
	@Override
	public Optional<TeamDashboard> team(UUID id, int assetsShown) {
		List<Object[]> found = this.jdbc.sql("select id, name, kind, description, version from team where id = :id")
			.param("id", id)
			.query((rs,
					n) -> new Object[] { rs.getString("name"), TeamKind.valueOf(rs.getString("kind")),
							rs.getString("description"), rs.getLong("version") })
			.list();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		List<Member> members = this.jdbc.sql("""
				select p.id, p.name, p.email, p.active, m.role from team_member m join person p on p.id = m.person_id
				where m.team_id = :id order by lower(p.name), p.id
				""")
			.param("id", id)
			.query((rs, n) -> new Member(uuid(rs, "id"), rs.getString("name"), rs.getString("email"),
					rs.getBoolean("active"), rs.getString("role")))
			.list();
		List<ProductRow> products = this.jdbc
			.sql(PRODUCT_SELECT + " where p.owning_team_id = :id order by lower(p.name)")
			.param("id", id)
			.query(JdbcCatalogQuery::productRow)
			.list();
		List<AssetRow> owned = new ArrayList<>();
		List<AssetRow> responsible = new ArrayList<>();
		List<AssetRow> gaps = new ArrayList<>();
		long[] totals = { 0, 0, 0 };
		this.jdbc
			.sql("select * from (select " + ASSET_COLUMNS
					+ """
							, coalesce(ot.id = :id, false) as ours,
							  row_number() over (partition by coalesce(ot.id = :id, false) order by a.type, lower(a.name), a.id) as n,
							  count(*) over (partition by coalesce(ot.id = :id, false)) as total
							"""
					+ ASSET_FROM + """
							where a.id in (select x.id from product y join asset x on x.owner_product_id = y.id
							               where y.owning_team_id = :id
							               union all
							               select x.id from product y join asset x on x.responsible_product_id = y.id
							               where y.owning_team_id = :id)
							) s where n <= :shown or (ours and rp_id is null) order by ours desc, n""")
			.param("id", id)
			.param("shown", assetsShown)
			.query((rs, n) -> {
				AssetRow asset = assetRow(rs, n);
				boolean ours = rs.getBoolean("ours");
				totals[ours ? 0 : 1] = rs.getLong("total");
				if (rs.getLong("n") <= assetsShown) {
					(ours ? owned : responsible).add(asset);
				}
				if (ours && asset.isGap()) {
					gaps.add(asset);
				}
				return asset;
			})
			.list();
		List<AssetRow> inherited = this.jdbc
			.sql(PLATFORMS_OF.formatted("select id from product where owning_team_id = :id") + "select * from (select "
					+ ASSET_COLUMNS + """
							, row_number() over (order by a.type, lower(a.name), a.id) as n, count(*) over () as total
							""" + ASSET_FROM
					+ " where a.owner_product_id in (select id from platforms) and ot.id is distinct from :id"
					+ ") s where n <= :shown order by n")
			.param("id", id)
			.param("shown", assetsShown)
			.query((rs, n) -> {
				totals[2] = rs.getLong("total");
				return assetRow(rs, n);
			})
			.list();
		Object[] team = found.get(0);
		return Optional.of(new TeamDashboard(id, (String) team[0], (TeamKind) team[1], (String) team[2], (Long) team[3],
				members, products, owned, responsible, inherited, totals[0], totals[1], totals[2], gaps));
	}

	@Override
	public Page<PersonRow> people(String text, PageRequest page) {
		String where = """
				 where (cast(:pattern as text) is null or lower(p.name) like :pattern escape '\\'
				        or lower(p.email) like :pattern escape '\\')
				""";
		long total = this.jdbc.sql("select count(*) from person p" + where)
			.param("pattern", pattern(text))
			.query(Long.class)
			.single();
		List<PersonRow> rows = this.jdbc.sql("""
				select p.id, p.name, p.email, p.active, a.username,
				       (select string_agg(t.name, ', ' order by lower(t.name)) from team_member m
				        join team t on t.id = m.team_id where m.person_id = p.id) as teams,
				       (select count(*) from product pr
				        where pr.product_owner_id = p.id or pr.risk_owner_id = p.id) as accountable
				from person p left join user_account a on a.id = p.account_id
				""" + where + " order by lower(p.name), p.id limit :limit offset :offset")
			.param("pattern", pattern(text))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new PersonRow(uuid(rs, "id"), rs.getString("name"), rs.getString("email"),
					rs.getBoolean("active"), rs.getString("username"), rs.getString("teams"),
					rs.getLong("accountable")))
			.list();
		return new Page<>(rows, page, total);
	}

	@Override
	public Optional<PersonDetail> person(UUID id) {
		List<Object[]> found = this.jdbc.sql("""
				select p.name, p.email, p.active, p.version, a.username
				from person p left join user_account a on a.id = p.account_id where p.id = :id
				""")
			.param("id", id)
			.query((rs,
					n) -> new Object[] { rs.getString("name"), rs.getString("email"), rs.getBoolean("active"),
							rs.getString("username"), rs.getLong("version") })
			.list();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		List<PersonDetail.TeamRole> teams = this.jdbc.sql("""
				select t.id, t.name, m.role from team_member m join team t on t.id = m.team_id
				where m.person_id = :id order by lower(t.name)
				""")
			.param("id", id)
			.query((rs, n) -> new PersonDetail.TeamRole(uuid(rs, "id"), rs.getString("name"), rs.getString("role")))
			.list();
		List<ProductRow> products = this.jdbc
			.sql(PRODUCT_SELECT + " where p.product_owner_id = :id or p.risk_owner_id = :id order by lower(p.name)")
			.param("id", id)
			.query(JdbcCatalogQuery::productRow)
			.list();
		Object[] person = found.get(0);
		return Optional.of(new PersonDetail(id, (String) person[0], (String) person[1], (Boolean) person[2],
				(String) person[3], (Long) person[4], teams,
				products.stream().filter((p) -> p.productOwner() != null && p.productOwner().id().equals(id)).toList(),
				products.stream().filter((p) -> p.riskOwner() != null && p.riskOwner().id().equals(id)).toList()));
	}

	@Override
	public List<SearchHit> search(String text, int limit) {
		String pattern = pattern(text);
		if (pattern == null) {
			return List.of();
		}
		return this.jdbc.sql("""
				select * from (
				(select 0 as sort, 'TEAM' as kind, t.id, t.name, null as owner, null as owner_team,
				        null as responsible, null as responsible_team, null as risk_owner, null::uuid as product
				 from team t where lower(t.name) like :pattern escape '\\')
				union all
				(select 1, 'PRODUCT', p.id, p.name, t.name, null, po.name, null, ro.name, p.id
				 from product p left join team t on t.id = p.owning_team_id
				 left join person po on po.id = p.product_owner_id left join person ro on ro.id = p.risk_owner_id
				 where lower(p.name) like :pattern escape '\\')
				union all
				(select 2, 'ASSET', a.id, a.name, coalesce(op.name, a.external_owner), ot.name, rp.name, rt.name, null,
				        coalesce(op.id, rp.id)
				 from asset a
				 left join product op on op.id = a.owner_product_id left join team ot on ot.id = op.owning_team_id
				 left join product rp on rp.id = a.responsible_product_id left join team rt on rt.id = rp.owning_team_id
				 where lower(a.name) like :pattern escape '\\')
				) hits order by sort, lower(name), id limit :limit
				""")
			.param("pattern", pattern)
			.param("limit", limit)
			.query((rs, n) -> new SearchHit(SearchHit.Kind.valueOf(rs.getString("kind")), uuid(rs, "id"),
					rs.getString("name"), rs.getString("owner"), rs.getString("owner_team"),
					rs.getString("responsible"), rs.getString("responsible_team"), rs.getString("risk_owner"),
					uuid(rs, "product")))
			.list();
	}

	/**
	 * The organization's gap counts, over every product and asset, kept until products,
	 * people or assets change.
	 */
	@Override
	public GapCounts gaps() {
		return this.gaps.get(Boolean.TRUE,
				() -> this.jdbc
					.sql("select (select count(*) " + PRODUCT_FROM + " where " + PRODUCT_GAP
							+ ") as products, (select count(*) from asset a where " + ASSET_GAP + ") as assets")
					.query((rs, n) -> new GapCounts(rs.getLong("products"), rs.getLong("assets")))
					.single());
	}

	@Override
	public List<Ref> teamsOf(String username) {
		return this.jdbc.sql("""
				select t.id, t.name from team t join team_member m on m.team_id = t.id
				join person p on p.id = m.person_id join user_account a on a.id = p.account_id
				where a.username = :username order by lower(t.name)
				""").param("username", username).query(JdbcCatalogQuery::ref).list();
	}

	@Override
	public List<ProductRow> productsAccountableTo(String username) {
		return this.jdbc.sql(PRODUCT_SELECT + """
				 where not p.archived and exists (select 1 from person me join user_account a on a.id = me.account_id
				     where a.username = :username and (me.id = p.product_owner_id or me.id = p.risk_owner_id))
				 order by lower(p.name)
				""").param("username", username).query(JdbcCatalogQuery::productRow).list();
	}

	@Override
	public List<Ref> allProducts() {
		return this.jdbc.sql("select id, name from product order by lower(name)").query(JdbcCatalogQuery::ref).list();
	}

	@Override
	public List<Ref> platforms() {
		return this.jdbc.sql("select id, name from product where kind = 'PLATFORM' order by lower(name)")
			.query(JdbcCatalogQuery::ref)
			.list();
	}

	@Override
	public List<Ref> allTeams() {
		return this.jdbc.sql("select id, name from team order by lower(name)").query(JdbcCatalogQuery::ref).list();
	}

	@Override
	public List<Ref> activePeople() {
		return this.jdbc.sql("select id, name from person where active order by lower(name)")
			.query(JdbcCatalogQuery::ref)
			.list();
	}

	private static ProductRow productRow(ResultSet rs, int n) throws SQLException {
		return new ProductRow(uuid(rs, "id"), rs.getString("name"), ProductKind.valueOf(rs.getString("kind")),
				rs.getBoolean("archived"), rs.getLong("version"), ref(rs, "team_id", "team_name"), person(rs, "po_"),
				person(rs, "ro_"), rs.getLong("asset_count"));
	}

	private static AssetRow assetRow(ResultSet rs, int n) throws SQLException {
		String classification = rs.getString("classification");
		return new AssetRow(uuid(rs, "id"), rs.getString("name"), AssetType.valueOf(rs.getString("type")),
				rs.getString("reference"), (classification == null) ? null : DataClassification.valueOf(classification),
				rs.getLong("version"), ref(rs, "op_id", "op_name"), ref(rs, "ot_id", "ot_name"),
				rs.getString("external_owner"), ref(rs, "rp_id", "rp_name"), ref(rs, "rt_id", "rt_name"));
	}

	private static Ref ref(ResultSet rs, int n) throws SQLException {
		return new Ref(uuid(rs, "id"), rs.getString("name"));
	}

	private static Ref ref(ResultSet rs, String id, String name) throws SQLException {
		UUID value = uuid(rs, id);
		return (value == null) ? null : new Ref(value, rs.getString(name));
	}

	private static PersonRef person(ResultSet rs, String prefix) throws SQLException {
		UUID value = uuid(rs, prefix + "id");
		return (value == null) ? null
				: new PersonRef(value, rs.getString(prefix + "name"), rs.getBoolean(prefix + "active"));
	}

	private static UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	/**
	 * A case-insensitive "contains" pattern with the LIKE wildcards of the text escaped.
	 */
	static String pattern(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String escaped = text.trim()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
