package io.ownership.web.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless browser on the application under test, with the steps most journeys share.
 * Paths are relative to the application's root, such as {@code /admin/users}.
 */
public final class Browser {

	private final WebDriver driver;

	private final String baseUrl;

	private final Path profile;

	Browser(WebDriver driver, String baseUrl, Path profile) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.profile = profile;
	}

	public WebDriver driver() {
		return this.driver;
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Opens a page of the application.
	 */
	public Browser open(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	/**
	 * Logs in through the login form and waits for the page it leads to.
	 */
	public Browser logIn(String username, String password) {
		open("/login");
		find("username").sendKeys(username);
		find("password").sendKeys(password);
		String loginPage = this.driver.getCurrentUrl();
		find("login-submit").click();
		waitUntil(ExpectedConditions.not(ExpectedConditions.urlToBe(loginPage)));
		return this;
	}

	/**
	 * Logs out through the navigation's form (submitted, not clicked: the button may be
	 * scrolled away) and waits for the login page.
	 */
	public Browser logOut() {
		find("logout").submit();
		waitUntil(ExpectedConditions.urlContains("/login?logout"));
		return this;
	}

	/**
	 * The element with this id, waiting up to five seconds for it to appear.
	 */
	public WebElement find(String id) {
		return waitUntil(ExpectedConditions.presenceOfElementLocated(By.id(id)));
	}

	/**
	 * Clicks the element after scrolling it to the middle of the window, where no sticky
	 * navigation covers it (a click below the fold is otherwise intercepted).
	 */
	public void click(WebElement element) {
		((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	/**
	 * Clicks the element with this id, scrolled to the middle of the window.
	 */
	public void click(String id) {
		click(find(id));
	}

	/**
	 * Whether an element with this id is on the current page, without waiting.
	 */
	public boolean has(String id) {
		List<WebElement> elements = this.driver.findElements(By.id(id));
		return !elements.isEmpty();
	}

	/**
	 * The current path and query, without the server part.
	 */
	public String path() {
		String url = this.driver.getCurrentUrl();
		return (url != null && url.startsWith(this.baseUrl)) ? url.substring(this.baseUrl.length()) : url;
	}

	/**
	 * The messages of the browser's console since the last call (errors, warnings, CSP
	 * violations).
	 */
	public java.util.List<String> console() {
		return this.driver.manage()
			.logs()
			.get(org.openqa.selenium.logging.LogType.BROWSER)
			.getAll()
			.stream()
			.map((entry) -> entry.getLevel() + " " + entry.getMessage())
			.toList();
	}

	public <T> T waitUntil(java.util.function.Function<? super WebDriver, T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(5)).until(condition);
	}

	void quit() {
		try {
			this.driver.quit();
		}
		finally {
			BrowserExtension.deleteRecursively(this.profile);
		}
	}

}
