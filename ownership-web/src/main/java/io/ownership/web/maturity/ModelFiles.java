package io.ownership.web.maturity;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ownership.core.catalog.imports.BackstageDocument;
import io.ownership.core.maturity.MaturityModel;
import io.ownership.core.maturity.MaturityModelRepository;
import io.ownership.core.maturity.ModelDocument;
import io.ownership.core.maturity.ModelReader;
import io.ownership.web.catalog.imports.BackstageYamlReader;
import io.ownership.web.catalog.imports.UploadedFile;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Reads model files in the shape of OWASP's {@code owaspsamm/core} (with the catalog
 * import's bounded YAML reader) and, at start-up, installs the shipped SAMM 2 structure
 * ({@code maturity/samm-2.yml}) as model version 1 when there is none yet.
 */
@Component
@Order(-10)
class ModelFiles implements ApplicationRunner {

	static final String SHIPPED = "maturity/samm-2.yml";

	static final String SHIPPED_NAME = "OWASP SAMM 2";

	private final MaturityModelRepository models;

	private final Clock clock;

	ModelFiles(MaturityModelRepository models, Clock clock) {
		this.models = models;
		this.clock = clock;
	}

	static List<ModelDocument> documents(UploadedFile file) {
		return new BackstageYamlReader().read(file).stream().map(ModelFiles::document).toList();
	}

	@SuppressWarnings("unchecked")
	private static ModelDocument document(BackstageDocument document) {
		Map<String, Object> fields = (document.content() instanceof Map<?, ?> map) ? (Map<String, Object>) map
				: new LinkedHashMap<>();
		return new ModelDocument(document.line(), fields);
	}

	static MaturityModel shipped() {
		try (InputStream in = new ClassPathResource(SHIPPED).getInputStream()) {
			return ModelReader.read(SHIPPED_NAME, documents(new UploadedFile(SHIPPED, in.readAllBytes())));
		}
		catch (IOException ex) {
			throw new IllegalStateException("The shipped maturity model " + SHIPPED + " cannot be read", ex);
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.models.latest().isEmpty()) {
			this.models.installFirst(shipped(), "system", this.clock.instant());
		}
	}

}
