package io.ownership.web.support.charts;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart fragments draw SVG with links on every number and the numbers in a table.
 */
class ChartFragmentRenderingTests {

	private final SpringTemplateEngine engine = engine();

	@Test
	void aBarChartDrawsABarPerFigureWithItsLinkAndTheNumbersTable() {
		BarChart chart = BarChart.builder("kpi", "Open risks by level", "Open")
			.csv("/dashboard/risks.csv")
			.row("High", null, Figure.of(3, "/risks?level=HIGH&status=OPEN"))
			.row("Low", null, Figure.of(1, null))
			.build();

		String html = render("bars", chart);

		assertThat(html).contains("<svg").contains("viewBox=\"0 0 640");
		assertThat(html.split("<rect", -1)).hasSize(3);
		assertThat(html).contains("href=\"/risks?level=HIGH&amp;status=OPEN\"");
		assertThat(html).contains("<caption class=\"small\">The numbers of &quot;Open risks by level&quot;</caption>");
		assertThat(html).contains("href=\"/dashboard/risks.csv\"");
	}

	@Test
	void aLineChartDrawsItsPathAndLeavesUnknownPointsOut() {
		LineChart chart = LineChart.builder("trend", "Champion coverage", List.of("Oct", "Nov", "Dec"))
			.max(100)
			.line("Organization", List.of(Figure.of(40, "/champions"), Figure.unknown(), Figure.of(60, null)))
			.build();

		String html = render("lines", chart);

		assertThat(html).contains("d=\"M");
		assertThat(html.split("<circle", -1)).hasSize(3);
		assertThat(html).contains("href=\"/champions\"").contains("<span>–</span>");
	}

	private String render(String fragment, Object chart) {
		MockServletContext servletContext = new MockServletContext();
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(servletContext)
					.buildExchange(new MockHttpServletRequest(servletContext), new MockHttpServletResponse()),
				Locale.ENGLISH, Map.of("chart", chart));
		return this.engine.process("<div th:replace=\"~{fragments/charts :: " + fragment + "(${chart})}\"></div>",
				context);
	}

	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
		files.setPrefix("templates/");
		files.setSuffix(".html");
		files.setOrder(1);
		files.setCheckExistence(true);
		StringTemplateResolver strings = new StringTemplateResolver();
		strings.setOrder(2);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolvers(java.util.Set.of(files, strings));
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

}
