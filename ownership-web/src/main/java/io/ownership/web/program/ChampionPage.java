package io.ownership.web.program;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.ownership.core.audit.AuditRecord;
import io.ownership.core.program.champion.ContributionKind;
import io.ownership.core.program.champion.TimeUnit;
import io.ownership.core.program.meeting.MeetingSummary;
import io.ownership.core.shared.Page;

/**
 * A champion's record ready to show, built by {@link ChampionPages}; the bound time,
 * certification and contribution forms are beside it in the model.
 *
 * @param statusKey message key of the status
 * @param statusClass CSS class of the status badge
 * @param timeKey message key of the allocated time, or null when none is
 * @param timeAmount the allocated time's amount, or 0 when none is
 * @param year the year of the points shown
 * @param mayActivate whether the viewer may activate the nominated champion
 * @param mayStepDown whether the viewer may end the active champion's role
 * @param mayChange whether the viewer may set the time and record certifications
 * @param mayRecognize whether the viewer may recognize a contribution
 */
record ChampionPage(UUID id, String personName, String teamName, String statusKey, String statusClass,
		LocalDate nominatedOn, LocalDate activatedOn, LocalDate steppedDownOn, String timeKey, int timeAmount, int year,
		int points, List<CertificationRow> certifications, List<ContributionRow> contributions,
		List<MeetingSummary> meetings, Page<AuditRecord> history, boolean mayActivate, boolean mayStepDown,
		boolean mayChange, boolean mayRecognize, List<TimeUnit> timeUnits, List<ContributionKind> contributionKinds) {

	/** A certification with whether it expires soon or has expired today. */
	record CertificationRow(String name, String issuer, LocalDate obtained, LocalDate expires, boolean expiringSoon,
			boolean expired) {

	}

	/** A contribution with the points its kind is worth. */
	record ContributionRow(LocalDate on, ContributionKind kind, String description, int points) {

	}

}
