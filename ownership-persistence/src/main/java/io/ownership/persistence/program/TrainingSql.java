package io.ownership.persistence.program;

/**
 * The SQL the training queries share: who holds which role, and when a completion is
 * valid.
 */
final class TrainingSql {

	/**
	 * Every (person, role, since) of an active person, derived from the catalog and the
	 * program: members of a DEVELOPMENT team are developers, members of a PLATFORM team
	 * platform engineers, active champions champions (since their activation), product
	 * owners and risk owners of products not archived risk owners.
	 */
	static final String PERSON_ROLE = """
			select pr.person_id, pr.role, min(pr.since) as since from (
			    select tm.person_id, 'DEVELOPER' as role, cast(null as date) as since
			    from team_member tm join team t on t.id = tm.team_id where t.kind = 'DEVELOPMENT'
			    union all
			    select tm.person_id, 'PLATFORM_ENGINEER', cast(null as date)
			    from team_member tm join team t on t.id = tm.team_id where t.kind = 'PLATFORM'
			    union all
			    select c.person_id, 'CHAMPION', c.activated_on from champion c where c.status = 'ACTIVE'
			    union all
			    select p.product_owner_id, 'RISK_OWNER', cast(null as date)
			    from product p where not p.archived and p.product_owner_id is not null
			    union all
			    select p.risk_owner_id, 'RISK_OWNER', cast(null as date)
			    from product p where not p.archived and p.risk_owner_id is not null
			) pr join person pe on pe.id = pr.person_id and pe.active
			group by pr.person_id, pr.role
			""";

	/**
	 * True when person {@code <alias>.person_id} holds a completion of course
	 * {@code <alias>.course_id} valid on {@code :today}: completed on or before it and,
	 * for a course with a validity, expiring after it.
	 */
	static String validCompletion(String alias) {
		return """
				exists (select 1 from course_completion cc join course co on co.id = cc.course_id
				        where cc.person_id = %1$s.person_id and cc.course_id = %1$s.course_id
				          and cc.completed_on <= :today
				          and (co.validity_months is null
				               or cc.completed_on + make_interval(months => co.validity_months) > :today))
				""".formatted(alias);
	}

	/**
	 * Per team: how many (member, required course) pairs exist and how many are done, as
	 * CTE {@code team_training(id, required, done)}.
	 */
	static final String TEAM_TRAINING = """
			person_role as (%s),
			required as (
			    select distinct pr.person_id, lpc.course_id
			    from person_role pr join learning_path_course lpc on lpc.role = pr.role
			),
			required_status as (
			    select r.person_id, %s as done from required r
			),
			team_training as (
			    select t.id, count(s.person_id) as required, count(*) filter (where s.done) as done
			    from team t
			    left join team_member tm on tm.team_id = t.id
			    left join required_status s on s.person_id = tm.person_id
			    group by t.id
			)
			""".formatted(PERSON_ROLE, validCompletion("r"));

	private TrainingSql() {
	}

}
