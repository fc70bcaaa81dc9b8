package io.ownership.web.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the open sessions of an account, on every instance: sessions are rows of the
 * database ({@code spring_session}), indexed by the name of the logged-in account.
 */
@Component
public class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends every session of the account except the one given (the session of the person
	 * who made the change, when it is their own account), which may be null.
	 * @return how many sessions ended
	 */
	public int endAll(String username, String exceptSessionId) {
		int ended = 0;
		for (String id : this.sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(exceptSessionId)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
