package io.ownership.web.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each test a fresh headless Chromium, as a {@link Browser} (or a plain
 * {@link WebDriver}) parameter, pointed at the application's random port. When a test
 * fails, a screenshot and the page's HTML go to
 * {@code target/screenshots/<TestClass>-<method>.png|.html}.
 *
 * <p>
 * The browser is {@code /usr/bin/chromium} and the driver {@code /usr/bin/chromedriver},
 * unless the environment variables {@code CHROME_BIN} and {@code CHROMEDRIVER} name
 * others. Selenium Manager is never asked to download anything.
 *
 * @see BrowserTest
 */
public class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	private static final String KEY = "browser";

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		return type == Browser.class || type == WebDriver.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Browser browser = extensionContext.getStore(NAMESPACE)
			.computeIfAbsent(KEY, (key) -> start(extensionContext), Browser.class);
		return (parameterContext.getParameter().getType() == WebDriver.class) ? browser.driver() : browser;
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).get(KEY, Browser.class);
		if (browser != null && context.getExecutionException().isPresent()) {
			saveEvidence(browser.driver(),
					context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove(KEY, Browser.class);
		if (browser != null) {
			browser.quit();
		}
	}

	private static Browser start(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		if (port == null) {
			throw new IllegalStateException(
					"Browser tests need a running server: use @SpringBootTest(webEnvironment = RANDOM_PORT)");
		}
		Path profile = createProfileDirectory();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(setting("CHROME_BIN", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1280,900", "--user-data-dir=" + profile);
		org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
		logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(setting("CHROMEDRIVER", "/usr/bin/chromedriver")))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Browser(driver, "http://localhost:" + port, profile);
	}

	private static String setting(String variable, String fallback) {
		String value = System.getenv(variable);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	private static Path createProfileDirectory() {
		try {
			return Files.createTempDirectory("ownership-chrome-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void saveEvidence(WebDriver driver, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File screenshot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.copy(screenshot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
			System.err.println(
					"Browser test failed on " + driver.getCurrentUrl() + "; screenshot: " + target.toAbsolutePath());
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Could not save a screenshot for " + name + ": " + ex);
		}
	}

	static void deleteRecursively(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary profile is harmless
		}
	}

}
