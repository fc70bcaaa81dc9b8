package io.ownership.web.support;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What a test of a {@link KeptPage} checks (the test needs
 * {@code @Import(StatementCounter.class)}): the second view costs the version check only
 * and carries the request's own CSRF token; the handler names the area of every table its
 * statements read (from the tables' {@code data_change} triggers, V100-V110); a change in
 * each of those areas renders the page again.
 */
public final class KeptPageChecks {

	/** The areas a kept page's version is made of (the others keep kept figures). */
	private static final Set<String> PAGE_AREAS = Set.of("content", "gate_result", "escalation", "history",
			"notification");

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	public KeptPageChecks(MockMvc mvc, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	/** The page as the viewer gets it (status 200). */
	public String page(String path, RequestPostProcessor viewer) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(viewer)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	/**
	 * The second view costs the version check only, and carries the request's own CSRF
	 * token, not the one the page was rendered with.
	 */
	public void assertKept(String path, RequestPostProcessor viewer) throws Exception {
		String first = page(path, viewer);
		StatementCounter.reset();
		String second = page(path, viewer);
		assertThat(StatementCounter.count()).as("%s: the version check only", path).isEqualTo(1);
		List<String> firstTokens = TOKEN.matcher(first).results().map((token) -> token.group(1)).toList();
		List<String> secondTokens = TOKEN.matcher(second).results().map((token) -> token.group(1)).toList();
		assertThat(secondTokens).as("%s: a token in every form", path).hasSameSizeAs(firstTokens);
		if (!firstTokens.isEmpty()) {
			assertThat(Set.copyOf(secondTokens)).as("%s: the request's own token in every form", path)
				.hasSize(1)
				.doesNotContain(firstTokens.get(0));
		}
		assertThat(second).as("%s: no placeholder left", path).doesNotContain(KeptPages.TOKEN);
	}

	/**
	 * The page, rendered afresh, reads only tables of {@code content} and of the areas
	 * its handler names; and a change in each of those areas (a statement that changes no
	 * row still fires the table's trigger) renders the kept page again.
	 */
	public void assertRenderedAgainAfterAChangeInEachAreaItReads(String path, RequestPostProcessor viewer)
			throws Exception {
		StatementCounter.reset();
		MvcResult fresh = this.mvc.perform(get(path).with(viewer).header("Cache-Control", "no-cache")).andReturn();
		assertThat(fresh.getResponse().getStatus()).as(path).isEqualTo(200);
		KeptPage kept = ((HandlerMethod) fresh.getHandler()).getMethodAnnotation(KeptPage.class);
		assertThat(kept).as("%s is a kept page", path).isNotNull();
		Set<String> named = new TreeSet<>(Set.of("content"));
		for (String area : kept.areas()) {
			named.add(area.replace('-', '_'));
		}
		Map<String, String> tables = tablesByArea();
		Set<String> read = new TreeSet<>();
		tables.forEach((table, area) -> {
			if (StatementCounter.count(table) > 0) {
				read.add(area);
			}
		});
		assertThat(named).as("%s names the area of every table it reads", path).containsAll(read);

		for (String area : named) {
			assertKept(path, viewer);
			String table = this.jdbc.queryForObject("""
					select min(c.relname) from pg_trigger g join pg_class c on c.oid = g.tgrelid
					where c.relnamespace = current_schema()::regnamespace and g.tgname = c.relname || '_changes_' || ?
					  and g.tgqual is null and g.tgattr::text = ''
					""", String.class, area);
			String column = this.jdbc.queryForObject(
					"select column_name from information_schema.columns where table_schema = current_schema()"
							+ " and table_name = ? order by ordinal_position limit 1",
					String.class, table);
			this.jdbc.update("update " + table + " set " + column + " = " + column + " where false");
			StatementCounter.reset();
			page(path, viewer);
			assertThat(StatementCounter.count()).as("%s rendered again after a change in %s (%s)", path, area, table)
				.isGreaterThan(1);
		}
	}

	/**
	 * Each table with a trigger of a page's area, with that area. (A change is made to a
	 * table whose trigger fires for any statement: {@code api_token}'s fires only for an
	 * update of some of its columns, not for a token's last use.)
	 */
	private Map<String, String> tablesByArea() {
		Map<String, String> tables = new TreeMap<>();
		this.jdbc.query("""
				select c.relname, substring(g.tgname from length(c.relname) + 10) from pg_trigger g
				join pg_class c on c.oid = g.tgrelid
				where c.relnamespace = current_schema()::regnamespace and g.tgname like c.relname || '\\_changes\\_%'
				""", (row) -> {
			if (PAGE_AREAS.contains(row.getString(2))) {
				tables.put(row.getString(1), row.getString(2));
			}
		});
		return tables;
	}

}
