package io.ownership.persistence.responsibility;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.responsibility.matrix.Activity;
import io.ownership.core.responsibility.usecase.Applicability;
import io.ownership.core.responsibility.matrix.Matrix;
import io.ownership.core.responsibility.matrix.MatrixContent;
import io.ownership.core.responsibility.matrix.MatrixRepository;
import io.ownership.core.responsibility.matrix.MatrixVersion;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.StaleDraftException;
import io.ownership.core.responsibility.usecase.UseCase;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.responsibility.usecase.UseCaseRepository;
import io.ownership.core.shared.StaleVersionException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases, their drafts and published versions in plain SQL, so that loading or saving
 * a matrix runs the same few statements however many rows and columns it has. A draft is
 * saved by checking and counting up its revision in one update, then writing its rows,
 * columns and cells as three batches.
 */
@Repository
@Transactional(readOnly = true)
class JdbcMatrixStore implements UseCaseRepository, MatrixRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	JdbcMatrixStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Override
	public Optional<UseCase> findById(UseCaseId id) {
		return find("u.id = :key", id.value());
	}

	@Override
	public Optional<UseCase> findByName(String name) {
		return find("lower(u.name) = lower(:key)", name.trim().replaceAll("\\s+", " "));
	}

	private Optional<UseCase> find(String where, Object key) {
		return this.jdbc
			.sql("""
					select u.id, u.name, u.description, u.mandatory, u.version,
					       (select string_agg(k.kind, ',') from use_case_product_kind k where k.use_case_id = u.id) as kinds,
					       (select string_agg(cast(p.product_id as text), ',') from use_case_product p
					         where p.use_case_id = u.id) as products
					from use_case u where
					"""
					+ where)
			.param("key", key)
			.query((rs, row) -> {
				Set<ProductKind> kinds = EnumSet.noneOf(ProductKind.class);
				for (String kind : split(rs.getString("kinds"))) {
					kinds.add(ProductKind.valueOf(kind));
				}
				Set<ProductId> products = new HashSet<>();
				for (String product : split(rs.getString("products"))) {
					products.add(new ProductId(UUID.fromString(product)));
				}
				return new UseCase(new UseCaseId(rs.getObject("id", UUID.class)), rs.getString("name"),
						rs.getString("description"), rs.getBoolean("mandatory"), new Applicability(kinds, products),
						rs.getLong("version"));
			})
			.optional();
	}

	@Override
	@Transactional
	public void save(UseCase useCase) {
		UUID id = useCase.id().value();
		int updated = this.jdbc.sql("""
				update use_case set name = :name, description = :description, mandatory = :mandatory,
				       version = version + 1
				where id = :id and version = :version
				""")
			.param("id", id)
			.param("name", useCase.name())
			.param("description", useCase.description())
			.param("mandatory", useCase.mandatory())
			.param("version", useCase.version())
			.update();
		if (updated == 0) {
			int inserted = this.jdbc.sql("""
					insert into use_case (id, name, description, mandatory, version)
					values (:id, :name, :description, :mandatory, 0) on conflict (id) do nothing
					""")
				.param("id", id)
				.param("name", useCase.name())
				.param("description", useCase.description())
				.param("mandatory", useCase.mandatory())
				.update();
			if (inserted == 0) {
				throw new StaleVersionException("UseCase", useCase.id());
			}
		}
		this.jdbc.sql("delete from use_case_product_kind where use_case_id = :id").param("id", id).update();
		this.jdbc.sql("delete from use_case_product where use_case_id = :id").param("id", id).update();
		List<Object[]> kinds = new ArrayList<>();
		useCase.applicability().kinds().forEach((kind) -> kinds.add(new Object[] { id, kind.name() }));
		this.template.batchUpdate("insert into use_case_product_kind (use_case_id, kind) values (?, ?)", kinds);
		List<Object[]> products = new ArrayList<>();
		useCase.applicability().products().forEach((product) -> products.add(new Object[] { id, product.value() }));
		this.template.batchUpdate("insert into use_case_product (use_case_id, product_id) values (?, ?)", products);
	}

	@Override
	public Optional<Matrix> findDraft(UseCaseId useCase) {
		Optional<Object[]> draft = this.jdbc
			.sql("select revision, latest_version, changed_since_published from matrix_draft where use_case_id = :id")
			.param("id", useCase.value())
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getInt(2), rs.getBoolean(3) })
			.optional();
		if (draft.isEmpty()) {
			return Optional.empty();
		}
		Contents<Boolean> contents = Contents.load(
				this.jdbc.sql("select * from matrix_activity where use_case_id = :id order by position")
					.param("id", useCase.value()),
				this.jdbc.sql("select * from matrix_party where use_case_id = :id order by position")
					.param("id", useCase.value()),
				this.jdbc.sql("select * from matrix_cell where use_case_id = :id").param("id", useCase.value()),
				(rs) -> Boolean.TRUE);
		Object[] row = draft.get();
		return Optional
			.of(new Matrix(useCase, (long) row[0], contents.of(Boolean.TRUE), (int) row[1], (boolean) row[2]));
	}

	@Override
	@Transactional
	public void saveDraft(Matrix draft) {
		UUID id = draft.useCase().value();
		int updated = this.jdbc.sql("""
				update matrix_draft set revision = :revision, latest_version = :latest,
				       changed_since_published = :changed
				where use_case_id = :id and revision = :loaded
				""")
			.param("id", id)
			.param("revision", draft.revision())
			.param("latest", draft.latestVersion())
			.param("changed", draft.changedSincePublished())
			.param("loaded", draft.loadedRevision())
			.update();
		if (updated == 0) {
			int inserted = this.jdbc.sql("""
					insert into matrix_draft (use_case_id, revision, latest_version, changed_since_published)
					values (:id, :revision, :latest, :changed) on conflict (use_case_id) do nothing
					""")
				.param("id", id)
				.param("revision", draft.revision())
				.param("latest", draft.latestVersion())
				.param("changed", draft.changedSincePublished())
				.update();
			if (inserted == 0) {
				long current = this.jdbc.sql("select revision from matrix_draft where use_case_id = :id")
					.param("id", id)
					.query(Long.class)
					.single();
				throw new StaleDraftException(draft.useCase(), current, null, null);
			}
		}
		this.jdbc.sql("delete from matrix_cell where use_case_id = :id").param("id", id).update();
		this.jdbc.sql("delete from matrix_party where use_case_id = :id").param("id", id).update();
		this.jdbc.sql("delete from matrix_activity where use_case_id = :id").param("id", id).update();
		MatrixContent content = draft.content();
		this.template.batchUpdate(
				"insert into matrix_activity (use_case_id, id, position, name, description) values (?, ?, ?, ?, ?)",
				activityRows(id, content, new Object[0]));
		this.template.batchUpdate(
				"insert into matrix_party (use_case_id, id, position, role, team_id, label) values (?, ?, ?, ?, ?, ?)",
				partyRows(id, content, new Object[0]));
		this.template.batchUpdate(
				"insert into matrix_cell (use_case_id, activity_id, party_id, letter) values (?, ?, ?, ?)",
				cellRows(id, content, new Object[0]));
	}

	@Override
	@Transactional
	public void addVersion(MatrixVersion version) {
		UUID id = version.useCase().value();
		this.jdbc.sql("""
				insert into matrix_version (use_case_id, number, published_at, published_by)
				values (:id, :number, :at, :by)
				""")
			.param("id", id)
			.param("number", version.number())
			.param("at", Timestamp.from(version.publishedAt()))
			.param("by", version.publishedBy())
			.update();
		Object[] number = { version.number() };
		MatrixContent content = version.content();
		this.template.batchUpdate("insert into matrix_version_activity (use_case_id, id, position, name, description,"
				+ " number) values (?, ?, ?, ?, ?, ?)", activityRows(id, content, number));
		this.template.batchUpdate("insert into matrix_version_party (use_case_id, id, position, role, team_id, label,"
				+ " number) values (?, ?, ?, ?, ?, ?, ?)", partyRows(id, content, number));
		this.template.batchUpdate("insert into matrix_version_cell (use_case_id, activity_id, party_id, letter,"
				+ " number) values (?, ?, ?, ?, ?)", cellRows(id, content, number));
	}

	@Override
	public Optional<MatrixVersion> findVersion(UseCaseId useCase, int number) {
		Optional<Object[]> head = this.jdbc
			.sql("select published_at, published_by from matrix_version where use_case_id = :id and number = :number")
			.param("id", useCase.value())
			.param("number", number)
			.query((rs, row) -> new Object[] { rs.getTimestamp(1).toInstant(), rs.getString(2) })
			.optional();
		if (head.isEmpty()) {
			return Optional.empty();
		}
		String where = " where use_case_id = :id and number = :number";
		Contents<Boolean> contents = Contents.load(
				this.jdbc.sql("select * from matrix_version_activity" + where + " order by position")
					.param("id", useCase.value())
					.param("number", number),
				this.jdbc.sql("select * from matrix_version_party" + where + " order by position")
					.param("id", useCase.value())
					.param("number", number),
				this.jdbc.sql("select * from matrix_version_cell" + where)
					.param("id", useCase.value())
					.param("number", number),
				(rs) -> Boolean.TRUE);
		return Optional.of(new MatrixVersion(useCase, number, (java.time.Instant) head.get()[0], (String) head.get()[1],
				contents.of(Boolean.TRUE)));
	}

	@Override
	public List<VersionSummary> versions(UseCaseId useCase) {
		return this.jdbc.sql("""
				select number, published_at, published_by from matrix_version
				where use_case_id = :id order by number desc
				""")
			.param("id", useCase.value())
			.query((rs, row) -> new VersionSummary(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
			.list();
	}

	private static List<Object[]> activityRows(UUID id, MatrixContent content, Object[] extra) {
		List<Object[]> rows = new ArrayList<>();
		int position = 0;
		for (Activity activity : content.activities()) {
			rows.add(row(extra, id, activity.id().value(), position++, activity.name(), activity.description()));
		}
		return rows;
	}

	private static List<Object[]> partyRows(UUID id, MatrixContent content, Object[] extra) {
		List<Object[]> rows = new ArrayList<>();
		int position = 0;
		for (Party party : content.parties()) {
			rows.add(row(extra, id, party.id().value(), position++, (party.role() != null) ? party.role().name() : null,
					(party.team() != null) ? party.team().value() : null, party.label()));
		}
		return rows;
	}

	private static List<Object[]> cellRows(UUID id, MatrixContent content, Object[] extra) {
		List<Object[]> rows = new ArrayList<>();
		content.cells()
			.forEach((cell, raci) -> rows
				.add(row(extra, id, cell.activity().value(), cell.party().value(), raci.letter())));
		return rows;
	}

	private static Object[] row(Object[] extra, Object... values) {
		Object[] row = new Object[values.length + extra.length];
		System.arraycopy(values, 0, row, 0, values.length);
		System.arraycopy(extra, 0, row, values.length, extra.length);
		return row;
	}

	private static String[] split(String joined) {
		return (joined == null || joined.isEmpty()) ? new String[0] : joined.split(",");
	}

}
