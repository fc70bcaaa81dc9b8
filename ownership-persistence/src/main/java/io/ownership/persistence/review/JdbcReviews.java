package io.ownership.persistence.review;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.review.Review;
import io.ownership.core.review.ReviewId;
import io.ownership.core.review.ReviewKind;
import io.ownership.core.review.ReviewQuery;
import io.ownership.core.review.ReviewRepository;
import io.ownership.core.review.ReviewRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews: the aggregate with its participants, and the rows with the team's and the
 * participants' names and the counts of the review's actions.
 */
@Repository
@Transactional(readOnly = true)
class JdbcReviews implements ReviewRepository, ReviewQuery {

	private static final String ROW = """
			select r.id, r.kind, r.held_on, r.notes, t.id as team_id, t.name as team_name,
			       array(select p.name from team_review_participant rp join person p on p.id = rp.person_id
			             where rp.review_id = r.id order by lower(p.name)) as participants,
			       (select count(*) from follow_up_action f where f.source_kind = 'REVIEW'
			            and f.source_ref = r.id::text and f.status = 'OPEN') as open_actions,
			       (select count(*) from follow_up_action f where f.source_kind = 'REVIEW'
			            and f.source_ref = r.id::text) as actions
			from team_review r join team t on t.id = r.team_id
			""";

	private final JdbcClient jdbc;

	JdbcReviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Review> findById(ReviewId id) {
		return this.jdbc.sql("""
				select r.*, array(select person_id from team_review_participant where review_id = r.id) as people
				from team_review r where r.id = :id
				""").param("id", id.value()).query((rs, n) -> {
			Set<PersonId> people = new HashSet<>();
			for (Object person : (Object[]) rs.getArray("people").getArray()) {
				people.add(new PersonId((UUID) person));
			}
			return new Review(id, new TeamId(rs.getObject("team_id", UUID.class)),
					ReviewKind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class), people,
					rs.getString("notes"), rs.getString("created_by"));
		}).optional();
	}

	@Override
	@Transactional
	public void save(Review review) {
		this.jdbc.sql("""
				insert into team_review (id, team_id, kind, held_on, notes, created_by)
				values (:id, :team, :kind, :heldOn, :notes, :createdBy)
				""")
			.param("id", review.id().value())
			.param("team", review.team().value())
			.param("kind", review.kind().name())
			.param("heldOn", review.heldOn())
			.param("notes", review.notes())
			.param("createdBy", review.createdBy())
			.update();
		this.jdbc.sql("""
				insert into team_review_participant (review_id, person_id)
				select :id, unnest(cast(:people as uuid[]))
				""")
			.param("id", review.id().value())
			.param("people", review.participants().stream().map(PersonId::value).toArray(UUID[]::new))
			.update();
	}

	@Override
	public List<ReviewRow> ofTeam(TeamId team) {
		return latestOfTeam(team, Integer.MAX_VALUE);
	}

	@Override
	public List<ReviewRow> latestOfTeam(TeamId team, int limit) {
		return this.jdbc.sql(ROW + "where r.team_id = :team order by r.held_on desc, r.kind limit :limit")
			.param("team", team.value())
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	@Override
	public Optional<ReviewRow> one(ReviewId id) {
		return this.jdbc.sql(ROW + "where r.id = :id").param("id", id.value()).query((rs, n) -> row(rs)).optional();
	}

	private static ReviewRow row(ResultSet rs) throws SQLException {
		Array names = rs.getArray("participants");
		return new ReviewRow(new ReviewId(rs.getObject("id", UUID.class)), rs.getObject("team_id", UUID.class),
				rs.getString("team_name"), ReviewKind.valueOf(rs.getString("kind")),
				rs.getObject("held_on", LocalDate.class),
				Arrays.stream((Object[]) names.getArray()).map(String::valueOf).toList(), rs.getString("notes"),
				rs.getInt("open_actions"), rs.getInt("actions"));
	}

}
