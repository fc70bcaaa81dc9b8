package io.ownership.web.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one session that add the same attribute at the same time (each loaded
 * the session before the other saved it) are both saved: the second write wins instead of
 * failing on the attribute's primary key with a 500.
 */
@SpringBootTest
class ConcurrentSessionWritesTests {

	@Autowired
	SessionRepository<? extends Session> repository;

	@Test
	@SuppressWarnings("unchecked")
	void twoRequestsAddingTheSameAttributeAreBothSaved() {
		SessionRepository<Session> sessions = (SessionRepository<Session>) this.repository;
		Session created = sessions.createSession();
		sessions.save(created);
		Session first = sessions.findById(created.getId());
		Session second = sessions.findById(created.getId());

		first.setAttribute("token", "from the first request");
		second.setAttribute("token", "from the second request");
		sessions.save(first);
		sessions.save(second);

		assertThat((String) sessions.findById(created.getId()).getAttribute("token"))
			.isEqualTo("from the second request");
		sessions.deleteById(created.getId());
	}

}
