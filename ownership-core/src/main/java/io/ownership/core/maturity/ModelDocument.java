package io.ownership.core.maturity;

import java.util.Map;

/**
 * One YAML document of a model file in the shape of OWASP's {@code owaspsamm/core}
 * repository, read into plain values, with the line it starts on.
 */
public record ModelDocument(int line, Map<String, Object> fields) {

	public ModelDocument {
		fields = (fields == null) ? Map.of() : fields;
	}

	String text(String key) {
		Object value = this.fields.get(key);
		return (value == null || value.toString().isBlank()) ? null : value.toString().trim();
	}

}
