package io.ownership.core.responsibility.usecase;

import java.util.Objects;

import io.ownership.core.catalog.Names;

/**
 * A security use case (vulnerability management, incident management, ...): its name,
 * what it covers, whether every product must be covered by it, and which products its
 * published matrix applies to. Its matrix is the separate aggregate {@link Matrix}, so
 * that editing the details never conflicts with editing the cells.
 */
public final class UseCase {

	private final UseCaseId id;

	private String name;

	private String description;

	private boolean mandatory;

	private Applicability applicability;

	private final long version;

	public UseCase(UseCaseId id, String name, String description, boolean mandatory, Applicability applicability,
			long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.name = name;
		this.description = description;
		this.mandatory = mandatory;
		this.applicability = Objects.requireNonNull(applicability, "applicability");
		this.version = version;
	}

	public static UseCase define(String name, String description, boolean mandatory) {
		UseCase useCase = new UseCase(UseCaseId.random(), null, null, false, Applicability.NONE, 0);
		useCase.describe(name, description, mandatory);
		return useCase;
	}

	public void describe(String newName, String newDescription, boolean newMandatory) {
		this.name = Names.clean("name", newName, 200);
		this.description = Names.optional("description", newDescription, 4000);
		this.mandatory = newMandatory;
	}

	public void applyTo(Applicability newApplicability) {
		this.applicability = Objects.requireNonNull(newApplicability, "applicability");
	}

	public UseCaseId id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public String description() {
		return this.description;
	}

	public boolean mandatory() {
		return this.mandatory;
	}

	public Applicability applicability() {
		return this.applicability;
	}

	public long version() {
		return this.version;
	}

}
