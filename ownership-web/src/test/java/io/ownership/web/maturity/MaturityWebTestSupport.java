package io.ownership.web.maturity;

import io.ownership.core.maturity.AssessmentRepository;
import io.ownership.core.program.champion.ChampionService;
import io.ownership.web.support.MockMvcTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the maturity pages' MockMvc tests share: the services a
 * {@link MaturityOrganization} is made with and the assessments. The subclass carries
 * {@code @SpringBootTest} and {@code @AutoConfigureMockMvc} and makes its organization
 * before each test (or once, with a class lifecycle) through {@link #newOrganization()}.
 */
abstract class MaturityWebTestSupport extends MockMvcTestSupport {

	@Autowired
	ChampionService champions;

	@Autowired
	AssessmentRepository assessments;

	MaturityOrganization org;

	/** A fresh organization with unique names in {@link #org}. */
	void newOrganization() {
		this.org = new MaturityOrganization(this.accounts, this.catalog, this.champions);
	}

}
