package io.ownership.core.notification;

/**
 * Port: tells a user something, in their in-app inbox (and by e-mail when configured).
 */
public interface Notifier {

	/**
	 * @param recipient the user name of the account to tell
	 * @param text one sentence
	 * @param link the page it concerns, relative to the application
	 */
	void notify(String recipient, String text, String link);

}
