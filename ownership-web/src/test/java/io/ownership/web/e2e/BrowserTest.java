package io.ownership.web.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * An end-to-end test: the whole application with the demo organization on a random port,
 * driven through a headless Chromium that test methods receive as a {@link Browser}
 * parameter. Name such classes {@code *IT}, so that failsafe runs them in
 * {@code ./mvnw verify}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.org.openqa.selenium.chromium=ERROR",
				"logging.level.org.openqa.selenium.devtools=ERROR" })
@ActiveProfiles("demo")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

}
