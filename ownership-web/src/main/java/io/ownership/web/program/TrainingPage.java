package io.ownership.web.program;

import java.util.List;
import java.util.UUID;

import io.ownership.core.program.Choice;
import io.ownership.core.program.training.Course;
import io.ownership.core.program.training.CourseFormat;
import io.ownership.core.program.training.TeamCompletion;
import io.ownership.core.program.training.TrainingRole;

/**
 * The training overview ready to show, built by {@link TrainingPages}; the bound course,
 * path and completion forms are beside it in the model.
 *
 * @param organization completion of required training of the whole organization
 * @param me the viewer's person, or null when the account is no person's
 * @param mayManage whether the viewer manages courses, paths and completions (a security
 * manager)
 * @param personChoices the people to record a completion for, empty unless the viewer
 * manages
 */
record TrainingPage(TeamCompletion organization, List<TeamRate> teams, List<PathRow> paths, List<Course> courses,
		List<Choice> courseChoices, List<Choice> personChoices, UUID me, boolean mayManage,
		List<CourseFormat> courseFormats, List<TrainingRole> trainingRoles) {

	/**
	 * A team's completion.
	 *
	 * @param rate "x % (done/required)", or "—" when nothing is required
	 */
	record TeamRate(String name, String rate) {

	}

	/**
	 * A learning path.
	 *
	 * @param courses the titles of its courses joined, or null when it has none
	 */
	record PathRow(TrainingRole role, int dueDays, String courses) {

	}

}
