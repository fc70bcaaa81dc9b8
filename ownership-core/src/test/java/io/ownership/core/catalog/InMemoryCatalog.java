package io.ownership.core.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditFilter;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.audit.AuditQuery;
import io.ownership.core.audit.AuditRecord;
import io.ownership.core.catalog.imports.CatalogLookup;
import io.ownership.core.shared.Page;
import io.ownership.core.shared.PageRequest;
import io.ownership.core.shared.StaleVersionException;

/**
 * The catalog's ports in memory, shared by the core's tests, with the versioning the
 * database adapters apply: each save raises the version, a save on an old version is
 * refused; like the database, it hands out copies, so what a caller changes is stored
 * only when saved. The history ({@link AuditLog}, {@link AuditQuery}) and the import's
 * {@link CatalogLookup} are answered from the same maps.
 */
public class InMemoryCatalog implements AuditLog, AuditQuery, CatalogLookup {

	public final Map<TeamId, Team> teams = new LinkedHashMap<>();

	public final Map<PersonId, Person> people = new LinkedHashMap<>();

	public final Map<String, PersonId> usernames = new LinkedHashMap<>();

	public final Map<ProductId, Product> products = new LinkedHashMap<>();

	public final Map<AssetId, Asset> assets = new LinkedHashMap<>();

	public final List<AuditEntry> history = new ArrayList<>();

	/** How many times an aggregate was saved. */
	public int saves;

	public final TeamRepository teamRepository = new TeamRepository() {

		@Override
		public Optional<Team> findById(TeamId id) {
			return Optional.ofNullable(InMemoryCatalog.this.teams.get(id))
				.map((t) -> new Team(t.id(), t.name(), t.kind(), t.description(), t.members(), t.version()));
		}

		@Override
		public Optional<Team> findByName(String name) {
			return InMemoryCatalog.this.teams.values()
				.stream()
				.filter((t) -> Names.key(t.name()).equals(Names.key(name)))
				.findFirst()
				.flatMap((t) -> findById(t.id()));
		}

		@Override
		public void save(Team team) {
			InMemoryCatalog.this.saves++;
			long version = next("Team", team.id(), InMemoryCatalog.this.teams.get(team.id()), team.version());
			InMemoryCatalog.this.teams.put(team.id(),
					new Team(team.id(), team.name(), team.kind(), team.description(), team.members(), version));
		}

		@Override
		public void delete(TeamId id) {
			InMemoryCatalog.this.teams.remove(id);
		}

	};

	public final PersonRepository personRepository = new PersonRepository() {

		@Override
		public Optional<Person> findById(PersonId id) {
			return Optional.ofNullable(InMemoryCatalog.this.people.get(id)).map(InMemoryCatalog::copy);
		}

		@Override
		public Optional<Person> findByEmail(String email) {
			return InMemoryCatalog.this.people.values()
				.stream()
				.filter((p) -> p.email().value().equalsIgnoreCase(email.trim()))
				.findFirst()
				.map(InMemoryCatalog::copy);
		}

		@Override
		public Optional<Person> findByUsername(String username) {
			return Optional.ofNullable(InMemoryCatalog.this.usernames.get(username)).flatMap(this::findById);
		}

		@Override
		public Optional<Person> findByAccount(io.ownership.core.account.AccountId account) {
			return InMemoryCatalog.this.people.values()
				.stream()
				.filter((p) -> account.equals(p.account()))
				.findFirst()
				.map(InMemoryCatalog::copy);
		}

		@Override
		public void save(Person person) {
			InMemoryCatalog.this.saves++;
			long version = next("Person", person.id(), InMemoryCatalog.this.people.get(person.id()), person.version());
			InMemoryCatalog.this.people.put(person.id(),
					new Person(person.id(), person.name(), person.email(), person.active(), person.account(), version));
		}

	};

	public final ProductRepository productRepository = new ProductRepository() {

		@Override
		public Optional<Product> findById(ProductId id) {
			return Optional.ofNullable(InMemoryCatalog.this.products.get(id)).map((p) -> copy(p, p.version()));
		}

		@Override
		public Optional<Product> findByName(String name) {
			return InMemoryCatalog.this.products.values()
				.stream()
				.filter((p) -> Names.key(p.name()).equals(Names.key(name)))
				.findFirst()
				.flatMap((p) -> findById(p.id()));
		}

		@Override
		public void save(Product product) {
			InMemoryCatalog.this.saves++;
			long version = next("Product", product.id(), InMemoryCatalog.this.products.get(product.id()),
					product.version());
			InMemoryCatalog.this.products.put(product.id(), copy(product, version));
		}

		@Override
		public long countOwnedBy(TeamId team) {
			return InMemoryCatalog.this.products.values().stream().filter((p) -> team.equals(p.owningTeam())).count();
		}

		@Override
		public boolean isReferenced(ProductId id) {
			return InMemoryCatalog.this.assets.values()
				.stream()
				.anyMatch((a) -> id.equals(a.ownerProduct()) || id.equals(a.responsibleProduct()))
					|| InMemoryCatalog.this.products.values().stream().anyMatch((p) -> p.runsOn().contains(id));
		}

		@Override
		public void delete(ProductId id) {
			InMemoryCatalog.this.products.remove(id);
		}

	};

	public final AssetRepository assetRepository = new AssetRepository() {

		@Override
		public Optional<Asset> findById(AssetId id) {
			return Optional.ofNullable(InMemoryCatalog.this.assets.get(id)).map((a) -> copy(a, a.version()));
		}

		@Override
		public void save(Asset asset) {
			InMemoryCatalog.this.saves++;
			long version = next("Asset", asset.id(), InMemoryCatalog.this.assets.get(asset.id()), asset.version());
			InMemoryCatalog.this.assets.put(asset.id(), copy(asset, version));
		}

		@Override
		public void delete(AssetId id) {
			InMemoryCatalog.this.assets.remove(id);
		}

	};

	public void link(String username, Person person) {
		this.usernames.put(username, person.id());
	}

	@Override
	public Optional<AssetId> findAsset(ProductId product, String name) {
		return this.assets.values()
			.stream()
			.filter((asset) -> product
				.equals((asset.ownerProduct() != null) ? asset.ownerProduct() : asset.responsibleProduct()))
			.filter((asset) -> Names.key(asset.name()).equals(Names.key(name)))
			.map(Asset::id)
			.findFirst();
	}

	@Override
	public List<ProductId> productsOfTeam(TeamId team) {
		return this.products.values()
			.stream()
			.filter((product) -> team.equals(product.owningTeam()) && !product.archived())
			.map(Product::id)
			.toList();
	}

	@Override
	public boolean hasDependents(ProductId platform) {
		return this.products.values().stream().anyMatch((product) -> product.runsOn().contains(platform));
	}

	@Override
	public void record(AuditEntry entry) {
		this.history.add(entry);
	}

	@Override
	public Page<AuditRecord> search(AuditFilter filter, PageRequest page) {
		List<AuditRecord> found = new ArrayList<>();
		for (int i = 0; i < this.history.size(); i++) {
			AuditEntry entry = this.history.get(i);
			if ((filter.entityType() == null || filter.entityType().equals(entry.entityType()))
					&& (filter.entityId() == null || filter.entityId().equals(entry.entityId()))) {
				found.add(new AuditRecord(i, entry));
			}
		}
		return new Page<>(found, page, found.size());
	}

	@Override
	public void export(AuditFilter filter, int limit, Consumer<AuditQuery.Named> each) {
		List<AuditRecord> found = search(filter, PageRequest.of(0, limit)).content();
		found.subList(0, Math.min(limit, found.size()))
			.forEach((record) -> each.accept(new AuditQuery.Named(record, Map.of())));
	}

	@Override
	public List<String> entityTypes() {
		return this.history.stream().map(AuditEntry::entityType).distinct().toList();
	}

	public AuditEntry lastEntry() {
		return this.history.get(this.history.size() - 1);
	}

	private static Person copy(Person p) {
		return new Person(p.id(), p.name(), p.email(), p.active(), p.account(), p.version());
	}

	private static Product copy(Product p, long version) {
		return new Product(p.id(), p.name(), p.kind(), p.description(), p.owningTeam(), p.productOwner(), p.riskOwner(),
				p.runsOn(), p.archived(), version);
	}

	private static Asset copy(Asset a, long version) {
		return new Asset(a.id(), a.name(), a.type(), a.reference(), a.classification(), a.ownerProduct(),
				a.externalOwner(), a.responsibleProduct(), version);
	}

	private static long next(String type, Object id, Object stored, long version) {
		if (stored == null) {
			return 0;
		}
		long current;
		if (stored instanceof Team t) {
			current = t.version();
		}
		else if (stored instanceof Person p) {
			current = p.version();
		}
		else if (stored instanceof Product p) {
			current = p.version();
		}
		else {
			current = ((Asset) stored).version();
		}
		if (current != version) {
			throw new StaleVersionException(type, id);
		}
		return current + 1;
	}

}
