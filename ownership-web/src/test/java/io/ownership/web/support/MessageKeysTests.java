package io.ownership.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.ownership.core.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every literal message key a template uses exists in {@code messages.properties} or a
 * feature's {@code messages-*.properties}, so no page shows {@code ??key_en??}.
 */
class MessageKeysTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern MESSAGE = Pattern.compile("#\\{([^}]*)}");

	@Test
	void everyLiteralKeyUsedInATemplateExists() throws IOException {
		Properties messages = messages();
		Set<String> missing = new TreeSet<>();
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			files.filter((file) -> file.toString().endsWith(".html")).forEach((file) -> {
				Matcher matcher = MESSAGE.matcher(read(file));
				while (matcher.find()) {
					String expression = matcher.group(1).trim();
					int arguments = expression.indexOf('(');
					String key = (arguments < 0) ? expression : expression.substring(0, arguments);
					if (key.contains("${") || key.contains("|") || key.isEmpty()) {
						continue;
					}
					used.add(key);
					if (!messages.containsKey(key)) {
						missing.add(key + " (" + TEMPLATES.relativize(file) + ")");
					}
				}
			});
		}
		assertThat(used).as("keys found in the templates").hasSizeGreaterThan(50);
		assertThat(missing).as("message keys used in templates but missing from messages.properties").isEmpty();
	}

	/**
	 * Spring resolves a key from the first bundle that has it, so a key defined in two
	 * files would silently show the wrong feature's text.
	 */
	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Map<String, String> firstFile = new HashMap<>();
		Set<String> clashes = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			for (Path file : files.filter((f) -> f.getFileName().toString().matches("messages(-[a-z]+)?\\.properties"))
				.toList()) {
				Properties bundle = new Properties();
				try (InputStream in = Files.newInputStream(file)) {
					bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
				}
				for (String key : bundle.stringPropertyNames()) {
					String other = firstFile.putIfAbsent(key, file.getFileName().toString());
					if (other != null) {
						clashes.add(key + " (" + other + ", " + file.getFileName() + ")");
					}
				}
			}
		}
		assertThat(clashes).as("keys defined in more than one messages file").isEmpty();
	}

	@Test
	void everyRoleHasAName() throws IOException {
		Properties messages = messages();
		for (Role role : Role.values()) {
			assertThat(messages).containsKey("role." + role.name());
		}
	}

	/**
	 * The base messages and every feature's messages file, as
	 * {@code spring.messages.basename} lists them.
	 */
	private static Properties messages() throws IOException {
		Properties properties = new Properties();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			for (Path file : files.filter((f) -> f.getFileName().toString().matches("messages(-[a-z]+)?\\.properties"))
				.toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
				}
			}
		}
		return properties;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
