package io.ownership.core.responsibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.ownership.core.responsibility.matrix.Matrix;
import io.ownership.core.responsibility.matrix.MatrixRepository;
import io.ownership.core.responsibility.matrix.MatrixVersion;
import io.ownership.core.responsibility.matrix.StaleDraftException;
import io.ownership.core.responsibility.usecase.UseCase;
import io.ownership.core.responsibility.usecase.UseCaseId;
import io.ownership.core.responsibility.usecase.UseCaseRepository;

/**
 * Use cases and matrices in maps, storing copies as a database would, with the same
 * revision check as the real store.
 */
class InMemoryMatrices implements UseCaseRepository, MatrixRepository {

	final Map<UseCaseId, UseCase> useCases = new HashMap<>();

	final Map<UseCaseId, Matrix> drafts = new HashMap<>();

	final List<MatrixVersion> versions = new ArrayList<>();

	@Override
	public Optional<UseCase> findById(UseCaseId id) {
		return Optional.ofNullable(this.useCases.get(id)).map(InMemoryMatrices::copy);
	}

	@Override
	public Optional<UseCase> findByName(String name) {
		return this.useCases.values().stream().filter((u) -> u.name().equalsIgnoreCase(name)).findFirst();
	}

	@Override
	public void save(UseCase useCase) {
		UseCase stored = this.useCases.get(useCase.id());
		if (stored != null && stored.version() != useCase.version()) {
			throw new io.ownership.core.shared.StaleVersionException("UseCase", useCase.id());
		}
		this.useCases.put(useCase.id(), new UseCase(useCase.id(), useCase.name(), useCase.description(),
				useCase.mandatory(), useCase.applicability(), (stored == null) ? 0 : useCase.version() + 1));
	}

	private static UseCase copy(UseCase useCase) {
		return new UseCase(useCase.id(), useCase.name(), useCase.description(), useCase.mandatory(),
				useCase.applicability(), useCase.version());
	}

	@Override
	public Optional<Matrix> findDraft(UseCaseId useCase) {
		return Optional.ofNullable(this.drafts.get(useCase)).map(InMemoryMatrices::copy);
	}

	@Override
	public void saveDraft(Matrix draft) {
		Matrix stored = this.drafts.get(draft.useCase());
		if (stored != null && stored.revision() != draft.loadedRevision()) {
			throw new StaleDraftException(draft.useCase(), stored.revision(), null, null);
		}
		this.drafts.put(draft.useCase(), copy(draft));
	}

	private static Matrix copy(Matrix matrix) {
		return new Matrix(matrix.useCase(), matrix.revision(), matrix.content(), matrix.latestVersion(),
				matrix.changedSincePublished());
	}

	@Override
	public void addVersion(MatrixVersion version) {
		this.versions.add(version);
	}

	@Override
	public Optional<MatrixVersion> findVersion(UseCaseId useCase, int number) {
		return this.versions.stream().filter((v) -> v.useCase().equals(useCase) && v.number() == number).findFirst();
	}

	@Override
	public List<VersionSummary> versions(UseCaseId useCase) {
		return this.versions.stream()
			.filter((v) -> v.useCase().equals(useCase))
			.sorted(Comparator.comparingInt(MatrixVersion::number).reversed())
			.map((v) -> new VersionSummary(v.number(), v.publishedAt(), v.publishedBy()))
			.toList();
	}

}
