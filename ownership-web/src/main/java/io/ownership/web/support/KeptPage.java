package io.ownership.web.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET handler whose rendered page {@link KeptPages} keeps until the data it shows
 * changes. The handler must decide everything from the viewer, the path, the parameters
 * and the data: it does not run at all while the page is kept. A page that shows what a
 * table outside {@code content} holds names that table's area.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface KeptPage {

	/**
	 * The areas of data the page reads besides {@code content} (every table that has no
	 * area of its own): {@code gate-result} for the gate's evaluations and check runs,
	 * which pipelines write on every build; {@code escalation} for the escalations, their
	 * notices and recipients, which the escalation job writes; {@code history} for the
	 * audit entries (V110).
	 */
	String[] areas() default {};

}
