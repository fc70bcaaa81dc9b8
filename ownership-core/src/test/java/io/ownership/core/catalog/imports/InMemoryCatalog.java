package io.ownership.core.catalog.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.ownership.core.audit.AuditEntry;
import io.ownership.core.audit.AuditLog;
import io.ownership.core.catalog.Asset;
import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.AssetRepository;
import io.ownership.core.catalog.Names;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.TeamRepository;

/**
 * A catalog in memory that, like the database, hands out copies: what a caller changes is
 * stored only when saved. It answers every question the catalog's ports ask, including
 * those the import does not use.
 */
class InMemoryCatalog implements PersonRepository, AssetRepository, CatalogLookup, AuditLog {

	final Map<TeamId, Team> teams = new LinkedHashMap<>();

	final Map<PersonId, Person> people = new LinkedHashMap<>();

	final Map<ProductId, Product> products = new LinkedHashMap<>();

	final Map<AssetId, Asset> assets = new LinkedHashMap<>();

	final List<AuditEntry> audit = new ArrayList<>();

	int saves;

	private final TeamRepository teamRepository = new TeamRepository() {

		@Override
		public Optional<Team> findById(TeamId id) {
			return Optional.ofNullable(InMemoryCatalog.this.teams.get(id)).map(InMemoryCatalog::copy);
		}

		@Override
		public Optional<Team> findByName(String name) {
			return InMemoryCatalog.this.teams.values()
				.stream()
				.filter((team) -> Names.key(team.name()).equals(Names.key(name)))
				.findFirst()
				.map(InMemoryCatalog::copy);
		}

		@Override
		public void save(Team team) {
			InMemoryCatalog.this.saves++;
			InMemoryCatalog.this.teams.put(team.id(), copy(team));
		}

		public void delete(TeamId id) {
			InMemoryCatalog.this.teams.remove(id);
		}

	};

	TeamRepository teamRepository() {
		return this.teamRepository;
	}

	@Override
	public Optional<Person> findById(PersonId id) {
		return Optional.ofNullable(this.people.get(id)).map(InMemoryCatalog::copy);
	}

	@Override
	public Optional<Person> findByEmail(String email) {
		return this.people.values()
			.stream()
			.filter((person) -> person.email().value().equalsIgnoreCase(email.trim()))
			.findFirst()
			.map(InMemoryCatalog::copy);
	}

	public Optional<Person> findByUsername(String username) {
		return Optional.empty();
	}

	@Override
	public Optional<Person> findByAccount(io.ownership.core.account.AccountId account) {
		return this.people.values().stream().filter((person) -> account.equals(person.account())).findFirst();
	}

	@Override
	public void save(Person person) {
		this.saves++;
		this.people.put(person.id(), copy(person));
	}

	ProductRepository productRepository() {
		InMemoryCatalog catalog = this;
		return new ProductRepository() {

			@Override
			public Optional<Product> findById(ProductId id) {
				return Optional.ofNullable(catalog.products.get(id)).map(InMemoryCatalog::copy);
			}

			@Override
			public Optional<Product> findByName(String name) {
				return catalog.products.values()
					.stream()
					.filter((product) -> Names.key(product.name()).equals(Names.key(name)))
					.findFirst()
					.map(InMemoryCatalog::copy);
			}

			@Override
			public void save(Product product) {
				catalog.saves++;
				catalog.products.put(product.id(), copy(product));
			}

			public long countOwnedBy(TeamId team) {
				return catalog.products.values()
					.stream()
					.filter((product) -> team.equals(product.owningTeam()))
					.count();
			}

			public boolean isReferenced(ProductId id) {
				return catalog.hasDependents(id) || catalog.assets.values()
					.stream()
					.anyMatch((asset) -> id.equals(asset.ownerProduct()) || id.equals(asset.responsibleProduct()));
			}

			public void delete(ProductId id) {
				catalog.products.remove(id);
			}

		};
	}

	@Override
	public Optional<Asset> findById(AssetId id) {
		return Optional.ofNullable(this.assets.get(id)).map(InMemoryCatalog::copy);
	}

	@Override
	public void save(Asset asset) {
		this.saves++;
		this.assets.put(asset.id(), copy(asset));
	}

	public void delete(AssetId id) {
		this.assets.remove(id);
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
		this.audit.add(entry);
	}

	ImportService service() {
		return new ImportService(this.teamRepository, this, productRepository(), this, this, this,
				java.time.Clock.fixed(java.time.Instant.parse("2026-11-23T08:00:00Z"), java.time.ZoneOffset.UTC));
	}

	private static Team copy(Team team) {
		return new Team(team.id(), team.name(), team.kind(), team.description(), team.members(), team.version());
	}

	private static Person copy(Person person) {
		return new Person(person.id(), person.name(), person.email(), person.active(), person.account(),
				person.version());
	}

	private static Product copy(Product product) {
		return new Product(product.id(), product.name(), product.kind(), product.description(), product.owningTeam(),
				product.productOwner(), product.riskOwner(), product.runsOn(), product.archived(), product.version());
	}

	private static Asset copy(Asset asset) {
		return new Asset(asset.id(), asset.name(), asset.type(), asset.reference(), asset.classification(),
				asset.ownerProduct(), asset.externalOwner(), asset.responsibleProduct(), asset.version());
	}

}
