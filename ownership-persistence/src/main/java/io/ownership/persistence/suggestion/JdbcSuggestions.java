package io.ownership.persistence.suggestion;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.ownership.core.program.champion.ChampionId;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.StaleVersionException;
import io.ownership.core.suggestion.Suggestion;
import io.ownership.core.suggestion.SuggestionDirectory;
import io.ownership.core.suggestion.SuggestionFilter;
import io.ownership.core.suggestion.SuggestionId;
import io.ownership.core.suggestion.SuggestionQuery;
import io.ownership.core.suggestion.SuggestionRepository;
import io.ownership.core.suggestion.SuggestionRow;
import io.ownership.core.suggestion.SuggestionStatus;
import io.ownership.core.suggestion.SuggestionTopic;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions: the aggregate with a version checked on save, the filtered list (one
 * statement for the page, one for the total) and the champion a submitter is.
 */
@Repository
@Transactional(readOnly = true)
class JdbcSuggestions implements SuggestionRepository, SuggestionQuery, SuggestionDirectory {

	private static final String FILTER = """
			from suggestion s left join user_account a on a.username = s.submitted_by
			     left join person p on p.account_id = a.id
			where (cast(:status as varchar) is null or s.status = :status)
			  and (cast(:topic as varchar) is null or s.topic = :topic)
			  and (cast(:submitter as varchar) is null or s.submitted_by = :submitter)
			""";

	private final JdbcClient jdbc;

	JdbcSuggestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Suggestion> findById(SuggestionId id) {
		return this.jdbc.sql("select * from suggestion where id = :id")
			.param("id", id.value())
			.query((rs, n) -> new Suggestion(id, rs.getString("submitted_by"),
					SuggestionTopic.valueOf(rs.getString("topic")), rs.getString("title"), rs.getString("body"),
					instant(rs.getTimestamp("submitted_at")), SuggestionStatus.valueOf(rs.getString("status")),
					rs.getString("reason"), rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")),
					rs.getLong("version")))
			.optional();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

	@Override
	@Transactional
	public void save(Suggestion suggestion) {
		int updated = this.jdbc.sql("""
				update suggestion set status = :status, reason = :reason, decided_by = :decidedBy,
				       decided_at = :decidedAt, version = version + 1
				where id = :id and version = :version
				""")
			.param("id", suggestion.id().value())
			.param("status", suggestion.status().name())
			.param("reason", suggestion.reason())
			.param("decidedBy", suggestion.decidedBy())
			.param("decidedAt", timestamp(suggestion.decidedAt()))
			.param("version", suggestion.version())
			.update();
		if (updated > 0) {
			return;
		}
		if (findById(suggestion.id()).isPresent()) {
			throw new StaleVersionException("Suggestion", suggestion.id());
		}
		this.jdbc.sql("""
				insert into suggestion (id, submitted_by, topic, title, body, status, reason, decided_by,
				       submitted_at, decided_at)
				values (:id, :submittedBy, :topic, :title, :body, :status, :reason, :decidedBy, :submittedAt,
				        :decidedAt)
				""")
			.param("id", suggestion.id().value())
			.param("submittedBy", suggestion.submittedBy())
			.param("topic", suggestion.topic().name())
			.param("title", suggestion.title())
			.param("body", suggestion.text())
			.param("status", suggestion.status().name())
			.param("reason", suggestion.reason())
			.param("decidedBy", suggestion.decidedBy())
			.param("submittedAt", timestamp(suggestion.submittedAt()))
			.param("decidedAt", timestamp(suggestion.decidedAt()))
			.update();
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant == null) ? null : Timestamp.from(instant);
	}

	@Override
	public Page<SuggestionRow> list(SuggestionFilter filter, PageRequest page) {
		String status = (filter.status() == null) ? null : filter.status().name();
		String topic = (filter.topic() == null) ? null : filter.topic().name();
		List<SuggestionRow> rows = this.jdbc.sql("""
				select s.id, s.topic, s.title, s.status, s.submitted_at, s.reason,
				       coalesce(p.name, a.display_name, s.submitted_by) as submitter
				""" + FILTER + """
				order by s.submitted_at desc, s.id
				limit :limit offset :offset
				""")
			.param("status", status)
			.param("topic", topic)
			.param("submitter", filter.submittedBy())
			.param("limit", page.size())
			.param("offset", (long) page.page() * page.size())
			.query((rs, n) -> new SuggestionRow(new SuggestionId(rs.getObject("id", UUID.class)),
					SuggestionTopic.valueOf(rs.getString("topic")), rs.getString("title"),
					SuggestionStatus.valueOf(rs.getString("status")), rs.getString("submitter"),
					instant(rs.getTimestamp("submitted_at")), rs.getString("reason")))
			.list();
		long total = this.jdbc.sql("select count(*) " + FILTER)
			.param("status", status)
			.param("topic", topic)
			.param("submitter", filter.submittedBy())
			.query(Long.class)
			.single();
		return new Page<>(rows, page, total);
	}

	@Override
	public String nameOf(String username) {
		return this.jdbc.sql("""
				select coalesce(p.name, a.display_name) from user_account a left join person p on p.account_id = a.id
				where a.username = :username
				""").param("username", username).query(String.class).optional().orElse(username);
	}

	@Override
	public Optional<ChampionId> activeChampionOf(String username) {
		return this.jdbc.sql("""
				select c.id from champion c join person p on p.id = c.person_id
				     join user_account a on a.id = p.account_id
				where a.username = :username and c.status = 'ACTIVE' and p.active
				order by c.activated_on, c.id limit 1
				""").param("username", username).query(UUID.class).optional().map(ChampionId::new);
	}

}
