package io.ownership.persistence.maturity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.ownership.core.maturity.MaturityModel;
import io.ownership.core.maturity.MaturityModelRepository;
import io.ownership.core.maturity.ModelActivity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Model versions: one {@code maturity_model} row and one {@code maturity_activity} row
 * per activity; two statements to load one.
 */
@Repository
@Transactional(readOnly = true)
class JdbcMaturityModels implements MaturityModelRepository {

	private final JdbcClient jdbc;

	JdbcMaturityModels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<MaturityModel> latest() {
		return this.jdbc.sql("select version from maturity_model order by version desc limit 1")
			.query(Integer.class)
			.optional()
			.flatMap(this::find);
	}

	@Override
	public Optional<MaturityModel> find(int version) {
		Optional<String> name = this.jdbc.sql("select name from maturity_model where version = :version")
			.param("version", version)
			.query(String.class)
			.optional();
		if (name.isEmpty()) {
			return Optional.empty();
		}
		List<ModelActivity> activities = this.jdbc.sql("""
				select function_order, function_name, practice_order, practice_code, practice_name, stream_letter,
				       stream_name, level, title, question
				from maturity_activity where model_version = :version
				""")
			.param("version", version)
			.query((rs, n) -> new ModelActivity(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getString(10)))
			.list();
		return Optional.of(new MaturityModel(version, name.get(), activities));
	}

	@Override
	@Transactional
	public MaturityModel add(MaturityModel model, String loadedBy, Instant at) {
		this.jdbc.sql("lock table maturity_model in exclusive mode").update();
		int version = this.jdbc.sql("select coalesce(max(version), 0) + 1 from maturity_model")
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				insert into maturity_model (version, name, loaded_by, loaded_at) values (:version, :name, :by, :at)
				""")
			.param("version", version)
			.param("name", model.name())
			.param("by", loadedBy)
			.param("at", Timestamp.from(at))
			.update();
		for (ModelActivity activity : model.activities()) {
			this.jdbc.sql("""
					insert into maturity_activity (model_version, function_order, function_name, practice_order,
					       practice_code, practice_name, stream_letter, stream_name, level, title, question)
					values (:version, :functionOrder, :functionName, :practiceOrder, :practiceCode, :practiceName,
					        :letter, :streamName, :level, :title, :question)
					""")
				.param("version", version)
				.param("functionOrder", activity.functionOrder())
				.param("functionName", activity.functionName())
				.param("practiceOrder", activity.practiceOrder())
				.param("practiceCode", activity.practiceCode())
				.param("practiceName", activity.practiceName())
				.param("letter", activity.streamLetter())
				.param("streamName", activity.streamName())
				.param("level", activity.level())
				.param("title", activity.title())
				.param("question", activity.question())
				.update();
		}
		return new MaturityModel(version, model.name(), model.activities());
	}

	@Override
	@Transactional
	public MaturityModel installFirst(MaturityModel model, String loadedBy, Instant at) {
		this.jdbc.sql("lock table maturity_model in exclusive mode").update();
		return latest().orElseGet(() -> add(model, loadedBy, at));
	}

	@Override
	public List<ModelVersion> versions() {
		return this.jdbc.sql("""
				select m.version, m.name, m.loaded_by, m.loaded_at,
				       (select count(*) from maturity_activity a where a.model_version = m.version)
				from maturity_model m order by m.version desc
				""")
			.query((rs, n) -> new ModelVersion(rs.getInt(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getInt(5)))
			.list();
	}

}
