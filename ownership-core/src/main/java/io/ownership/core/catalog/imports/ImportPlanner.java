package io.ownership.core.catalog.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import io.ownership.core.audit.FieldChange;
import io.ownership.core.catalog.Asset;
import io.ownership.core.catalog.AssetRepository;
import io.ownership.core.catalog.DataClassification;
import io.ownership.core.catalog.Email;
import io.ownership.core.catalog.Names;
import io.ownership.core.catalog.Person;
import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.PersonRepository;
import io.ownership.core.catalog.Product;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.ProductKind;
import io.ownership.core.catalog.ProductRepository;
import io.ownership.core.catalog.Team;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.catalog.TeamKind;
import io.ownership.core.catalog.TeamRepository;
import io.ownership.core.shared.ControlCharacters;
import io.ownership.core.shared.InvalidInputException;

/**
 * Works out what an import does to the catalog, entry by entry, without storing anything.
 * Teams and products are identified by name (case-insensitive, trimmed), people by e-mail
 * address, assets by owning product (or, for a vendor's component, responsible product)
 * and name. Values an entry does not state are left as they are; members and "runs on"
 * links are added, never removed.
 */
final class ImportPlanner {

	static final String MEMBER_ROLE = "member";

	private final TeamRepository teams;

	private final PersonRepository people;

	private final ProductRepository products;

	private final AssetRepository assets;

	private final CatalogLookup lookup;

	ImportPlanner(TeamRepository teams, PersonRepository people, ProductRepository products, AssetRepository assets,
			CatalogLookup lookup) {
		this.teams = teams;
		this.people = people;
		this.products = products;
		this.assets = assets;
		this.lookup = lookup;
	}

	ImportPlan plan(ImportBatch batch) {
		return new Run(batch).plan();
	}

	private static String key(String value) {
		return Names.key(value);
	}

	private abstract static class Entry {

		final EntryRef ref;

		final String target;

		final List<String> messages = new ArrayList<>();

		boolean rejected;

		Map<String, String> before;

		Entry(EntryRef ref, String target) {
			this.ref = ref;
			this.target = target;
		}

		void reject(String message) {
			this.rejected = true;
			this.messages.add(message);
		}

		abstract Object aggregate();

	}

	private static final class PersonEntry extends Entry {

		final PersonDraft draft;

		Person person;

		PersonEntry(PersonDraft draft) {
			super(draft.ref(), "person");
			this.draft = draft;
		}

		@Override
		Object aggregate() {
			return this.person;
		}

	}

	private static final class TeamEntry extends Entry {

		final TeamDraft draft;

		Team team;

		final List<String> newMembers = new ArrayList<>();

		TeamEntry(TeamDraft draft) {
			super(draft.ref(), "team");
			this.draft = draft;
		}

		@Override
		Object aggregate() {
			return this.team;
		}

	}

	private static final class ProductEntry extends Entry {

		final ProductDraft draft;

		Product product;

		ProductKind formerKind;

		ProductEntry(ProductDraft draft) {
			super(draft.ref(), "product");
			this.draft = draft;
		}

		@Override
		Object aggregate() {
			return this.product;
		}

	}

	private static final class AssetEntry extends Entry {

		final AssetDraft draft;

		Asset asset;

		ProductId owner;

		ProductId responsible;

		AssetEntry(AssetDraft draft) {
			super(draft.ref(), "asset");
			this.draft = draft;
		}

		ProductId identifyingProduct() {
			return (this.owner != null) ? this.owner : this.responsible;
		}

		@Override
		Object aggregate() {
			return this.asset;
		}

	}

	/**
	 * One planning: the entries of one batch and what is known of the catalog so far.
	 */
	private final class Run {

		private final ImportBatch batch;

		private final List<PersonEntry> personEntries = new ArrayList<>();

		private final List<TeamEntry> teamEntries = new ArrayList<>();

		private final List<ProductEntry> productEntries = new ArrayList<>();

		private final List<AssetEntry> assetEntries = new ArrayList<>();

		private final Map<String, PersonEntry> personByKey = new HashMap<>();

		private final Map<String, PersonEntry> personByEmail = new HashMap<>();

		private final Map<String, TeamEntry> teamByKey = new HashMap<>();

		private final Map<String, ProductEntry> productByKey = new HashMap<>();

		private final Map<ProductId, ProductEntry> productById = new HashMap<>();

		private final Map<String, AssetEntry> assetByKey = new HashMap<>();

		private final Map<TeamId, Optional<Team>> storedTeams = new HashMap<>();

		private final Map<PersonId, Optional<Person>> storedPeople = new HashMap<>();

		private final Map<ProductId, Optional<Product>> storedProducts = new HashMap<>();

		// The catalog's teams, people and products as this import names them, looked up
		// once: thousands of assets may name the same team or product.
		private final Map<String, Optional<Team>> teamsByReference = new HashMap<>();

		private final Map<String, Optional<Person>> peopleByEmail = new HashMap<>();

		private final Map<String, Optional<Product>> productsByReference = new HashMap<>();

		private final Map<TeamId, List<ProductId>> productsOfTeam = new HashMap<>();

		Run(ImportBatch batch) {
			this.batch = batch;
			batch.people().forEach((draft) -> this.personEntries.add(new PersonEntry(draft)));
			batch.teams().forEach((draft) -> this.teamEntries.add(new TeamEntry(draft)));
			batch.products().forEach((draft) -> this.productEntries.add(new ProductEntry(draft)));
			batch.assets().forEach((draft) -> this.assetEntries.add(new AssetEntry(draft)));
			this.personEntries.forEach((entry) -> index(this.personByKey, entry.draft.key(), entry));
			this.teamEntries.forEach((entry) -> index(this.teamByKey, entry.draft.key(), entry));
			this.productEntries.forEach((entry) -> index(this.productByKey, entry.draft.key(), entry));
			this.assetEntries.forEach((entry) -> index(this.assetByKey, entry.draft.key(), entry));
		}

		private <E extends Entry> void index(Map<String, E> map, String key, E entry) {
			if (key != null && !key.isBlank()) {
				map.putIfAbsent(key(key), entry);
			}
		}

		ImportPlan plan() {
			this.personEntries.forEach((entry) -> rejectControlCharacters(entry, "key", entry.draft.key(), "name",
					entry.draft.name(), "email", entry.draft.email(), "teams", String.join(",", entry.draft.teams())));
			this.teamEntries
				.forEach((entry) -> rejectControlCharacters(entry, "key", entry.draft.key(), "name", entry.draft.name(),
						"description", entry.draft.description(), "members", String.join(",", entry.draft.members())));
			this.productEntries.forEach((entry) -> rejectControlCharacters(entry, "key", entry.draft.key(), "name",
					entry.draft.name(), "description", entry.draft.description(), "team", entry.draft.team(),
					"productOwner", entry.draft.productOwner(), "riskOwner", entry.draft.riskOwner(), "runsOn",
					String.join(",", entry.draft.runsOn()), "dependsOn", String.join(",", entry.draft.dependsOn())));
			this.assetEntries.forEach((entry) -> rejectControlCharacters(entry, "key", entry.draft.key(), "name",
					entry.draft.name(), "reference", entry.draft.reference(), "ownerProduct",
					entry.draft.ownerProduct(), "ownerTeam", entry.draft.ownerTeam(), "responsibleProduct",
					entry.draft.responsibleProduct(), "externalOwner", entry.draft.externalOwner()));
			rejectDuplicates(this.personEntries, (entry) -> entry.draft.key());
			rejectDuplicates(this.personEntries, (entry) -> key(entry.draft.email()));
			rejectDuplicates(this.teamEntries, (entry) -> entry.draft.key());
			rejectDuplicates(this.teamEntries, (entry) -> key(entry.draft.name()));
			rejectDuplicates(this.productEntries, (entry) -> entry.draft.key());
			rejectDuplicates(this.productEntries, (entry) -> key(entry.draft.name()));
			rejectDuplicates(this.assetEntries, (entry) -> entry.draft.key());
			this.personEntries.forEach(this::planPerson);
			this.teamEntries.forEach(this::planTeam);
			this.productEntries.forEach(this::planProduct);
			this.assetEntries.forEach(this::resolveAssetParties);
			rejectDuplicates(this.assetEntries, (entry) -> (entry.identifyingProduct() == null) ? null
					: entry.identifyingProduct() + "|" + key(entry.draft.name()));
			this.assetEntries.forEach(this::planAsset);
			this.productEntries.forEach(this::planRunsOn);
			this.productEntries.forEach(this::checkPlatforms);
			return result();
		}

		/**
		 * Rejects an entry whose text holds a control character (see
		 * {@link ControlCharacters}), naming the field.
		 * @param fieldsAndValues pairs of a field's name and its value
		 */
		private void rejectControlCharacters(Entry entry, String... fieldsAndValues) {
			for (int i = 0; i < fieldsAndValues.length; i += 2) {
				String value = fieldsAndValues[i + 1];
				if (ControlCharacters.in(value)) {
					entry
						.reject(fieldsAndValues[i] + " contains the control character " + ControlCharacters.first(value)
								+ ": remove it (only tabs and line breaks are allowed in text)");
				}
			}
		}

		private <E extends Entry> void rejectDuplicates(List<E> entries, Function<E, String> identity) {
			Map<String, List<E>> groups = new LinkedHashMap<>();
			for (E entry : entries) {
				String id = identity.apply(entry);
				if (id != null && !id.isBlank()) {
					groups.computeIfAbsent(key(id), (any) -> new ArrayList<>()).add(entry);
				}
			}
			for (List<E> group : groups.values()) {
				if (group.size() > 1) {
					List<String> where = group.stream().map((entry) -> entry.ref.location()).toList();
					for (E entry : group) {
						if (!entry.rejected) {
							entry.reject("duplicate: " + entry.ref.kind() + " " + entry.ref.name() + " appears "
									+ group.size() + " times in this import (" + String.join(", ", where) + ")");
						}
					}
				}
			}
		}

		private void planPerson(PersonEntry entry) {
			if (entry.rejected) {
				return;
			}
			PersonDraft draft = entry.draft;
			Email email;
			try {
				email = new Email(draft.email());
			}
			catch (InvalidInputException ex) {
				entry.reject("e-mail address \"" + draft.email() + "\" is not valid");
				return;
			}
			try {
				Optional<Person> stored = people.findByEmail(email.value());
				if (stored.isPresent()) {
					entry.person = stored.get();
					entry.before = snapshot(entry.person);
					entry.person.describe(draft.name(), email.value());
				}
				else {
					entry.person = Person.register(draft.name(), email.value(), null);
				}
				this.personByEmail.put(email.value(), entry);
				for (String team : draft.teams()) {
					if (!this.teamByKey.containsKey(key(team))) {
						entry.messages.add("memberOf " + team + " ignored: only Groups of the same import get members");
					}
				}
			}
			catch (InvalidInputException ex) {
				entry.reject(describe(ex));
			}
		}

		private void planTeam(TeamEntry entry) {
			if (entry.rejected) {
				return;
			}
			TeamDraft draft = entry.draft;
			try {
				String name = Names.clean("name", draft.name(), 120);
				Optional<Team> stored = teams.findByName(name);
				if (stored.isPresent()) {
					entry.team = stored.get();
					entry.before = snapshot(entry.team);
					Team team = entry.team;
					team.describe(name, (draft.kind() != null) ? draft.kind() : team.kind(),
							(draft.description() != null) ? draft.description() : team.description());
				}
				else {
					entry.team = Team.found(name, (draft.kind() != null) ? draft.kind() : TeamKind.OTHER,
							draft.description());
				}
			}
			catch (InvalidInputException ex) {
				entry.reject(describe(ex));
				return;
			}
			Set<String> memberKeys = new LinkedHashSet<>();
			draft.members().forEach((member) -> memberKeys.add(key(member)));
			for (PersonEntry person : this.personEntries) {
				if (person.draft.teams().stream().anyMatch((team) -> key(team).equals(key(draft.key())))) {
					memberKeys.add(key(person.draft.key()));
				}
			}
			for (String memberKey : memberKeys) {
				PersonEntry member = this.personByKey.get(memberKey);
				if (member == null) {
					entry.reject("member " + memberKey + " is not a User of this import");
				}
				else if (member.rejected) {
					entry.reject("member " + memberKey + " is rejected");
				}
				else if (!entry.team.members().containsKey(member.person.id())) {
					entry.team.addMember(member.person.id(), MEMBER_ROLE);
					entry.newMembers.add(member.person.name());
				}
			}
		}

		private void planProduct(ProductEntry entry) {
			if (entry.rejected) {
				return;
			}
			ProductDraft draft = entry.draft;
			String name;
			try {
				name = Names.clean("name", draft.name(), 200);
			}
			catch (InvalidInputException ex) {
				entry.reject(describe(ex));
				return;
			}
			TeamId team = (draft.team() == null) ? null : resolveTeam(entry, draft.team());
			PersonId productOwner = resolvePerson(entry, "product owner", draft.productOwner());
			PersonId riskOwner = resolvePerson(entry, "risk owner", draft.riskOwner());
			if (entry.rejected) {
				return;
			}
			try {
				Optional<Product> stored = products.findByName(name);
				if (stored.isPresent()) {
					Product product = stored.get();
					entry.product = product;
					entry.formerKind = product.kind();
					entry.before = snapshot(product, false);
					product.describe(name, (draft.kind() != null) ? draft.kind() : product.kind(),
							(draft.description() != null) ? draft.description() : product.description());
					product.assignOwnership((team != null) ? team : product.owningTeam(),
							(productOwner != null) ? productOwner : product.productOwner(),
							(riskOwner != null) ? riskOwner : product.riskOwner());
				}
				else {
					entry.product = Product.define(name,
							(draft.kind() != null) ? draft.kind() : ProductKind.BUSINESS_SERVICE, draft.description(),
							team, productOwner, riskOwner);
				}
				this.productById.put(entry.product.id(), entry);
			}
			catch (InvalidInputException ex) {
				entry.reject(describe(ex));
			}
		}

		private void resolveAssetParties(AssetEntry entry) {
			if (entry.rejected) {
				return;
			}
			AssetDraft draft = entry.draft;
			ProductId owner = (draft.ownerProduct() == null) ? null
					: resolveProduct(entry, "owner", draft.ownerProduct());
			ProductId responsible = (draft.responsibleProduct() == null) ? null
					: resolveProduct(entry, "responsible product", draft.responsibleProduct());
			if (draft.ownerProduct() == null && draft.ownerTeam() != null && !entry.rejected) {
				owner = productOfTeam(entry, draft.ownerTeam(), responsible);
			}
			if (entry.rejected) {
				return;
			}
			if (draft.externalOwner() != null) {
				entry.responsible = (responsible != null) ? responsible : owner;
				entry.owner = null;
			}
			else {
				entry.owner = owner;
				entry.responsible = (responsible != null) ? responsible : owner;
			}
			if (entry.identifyingProduct() == null) {
				entry.reject("names neither an owning nor a responsible product");
			}
		}

		private void planAsset(AssetEntry entry) {
			if (entry.rejected) {
				return;
			}
			AssetDraft draft = entry.draft;
			try {
				Optional<Asset> stored = isStored(entry.identifyingProduct())
						? lookup.findAsset(entry.identifyingProduct(), key(draft.name())).flatMap(assets::findById)
						: Optional.empty();
				if (stored.isPresent()) {
					Asset asset = stored.get();
					entry.asset = asset;
					entry.before = snapshot(asset, false);
					DataClassification classification = (draft.classification() != null) ? draft.classification()
							: (asset.classification() != null) ? asset.classification() : defaultClassification(draft);
					asset.describe(draft.name(), draft.type(),
							(draft.reference() != null) ? draft.reference() : asset.reference(), classification);
					asset.assignOwnership(entry.owner, draft.externalOwner(), entry.responsible);
				}
				else {
					entry.asset = Asset.register(draft.name(), draft.type(), draft.reference(),
							(draft.classification() != null) ? draft.classification() : defaultClassification(draft),
							entry.owner, draft.externalOwner(), entry.responsible);
				}
			}
			catch (InvalidInputException ex) {
				entry.reject(describe(ex));
			}
		}

		private DataClassification defaultClassification(AssetDraft draft) {
			return (draft.type() != null && draft.type().holdsData()) ? DataClassification.INTERNAL : null;
		}

		private void planRunsOn(ProductEntry entry) {
			if (entry.rejected) {
				return;
			}
			Product product = entry.product;
			Set<ProductId> added = new LinkedHashSet<>();
			for (String platform : entry.draft.runsOn()) {
				ProductId id = resolveProduct(entry, "runs on", platform);
				if (id != null && kindOf(id) != ProductKind.PLATFORM) {
					entry.reject("runs on " + platform + ", which is not a platform");
				}
				else if (id != null) {
					added.add(id);
				}
			}
			for (String dependency : entry.draft.dependsOn()) {
				ProductId platform = platformBehind(entry, dependency);
				if (platform != null) {
					added.add(platform);
				}
			}
			added.remove(product.id());
			if (entry.rejected || added.isEmpty()) {
				return;
			}
			Set<ProductId> runsOn = new LinkedHashSet<>(product.runsOn());
			runsOn.addAll(added);
			product.runOn(runsOn);
		}

		/**
		 * The platform a Backstage dependency leads to: a platform component, or the
		 * platform product owning a resource of this import. Null for anything else.
		 */
		private ProductId platformBehind(ProductEntry entry, String dependency) {
			int colon = dependency.indexOf(':');
			String kind = (colon < 0) ? "component" : dependency.substring(0, colon).toLowerCase(Locale.ROOT);
			String name = dependency.substring(colon + 1);
			if (kind.equals("component") || kind.equals("system")) {
				ProductEntry planned = this.productByKey.get(key(name));
				if (planned != null) {
					return (!planned.rejected && planned.product.kind() == ProductKind.PLATFORM) ? planned.product.id()
							: null;
				}
				Optional<Product> stored = products.findByName(name);
				if (stored.isEmpty()) {
					entry.messages.add("dependsOn " + dependency + " ignored: not found");
					return null;
				}
				this.storedProducts.put(stored.get().id(), stored);
				return (stored.get().kind() == ProductKind.PLATFORM) ? stored.get().id() : null;
			}
			if (kind.equals("resource")) {
				AssetEntry resource = this.assetByKey.get(key(name));
				if (resource == null) {
					entry.messages.add("dependsOn " + dependency + " ignored: not a Resource of this import");
					return null;
				}
				if (resource.rejected || resource.owner == null) {
					return null;
				}
				return (kindOf(resource.owner) == ProductKind.PLATFORM) ? resource.owner : null;
			}
			return null;
		}

		private void checkPlatforms(ProductEntry entry) {
			if (entry.rejected) {
				return;
			}
			Product product = entry.product;
			for (ProductId platform : product.runsOn()) {
				if (reaches(platform, product.id(), new HashSet<>())) {
					entry.reject("running on " + productName(platform, true) + " would make a cycle");
				}
			}
			if (entry.formerKind == ProductKind.PLATFORM && product.kind() != ProductKind.PLATFORM) {
				boolean plannedDependents = this.productEntries.stream()
					.anyMatch((other) -> !other.rejected && other != entry
							&& other.product.runsOn().contains(product.id()));
				if (plannedDependents || lookup.hasDependents(product.id())) {
					entry.reject("is a platform other products run on, so it cannot become "
							+ product.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
				}
			}
		}

		private boolean reaches(ProductId from, ProductId target, Set<ProductId> seen) {
			if (from.equals(target)) {
				return true;
			}
			if (!seen.add(from)) {
				return false;
			}
			return runsOnOf(from).stream().anyMatch((next) -> reaches(next, target, seen));
		}

		private Set<ProductId> runsOnOf(ProductId id) {
			ProductEntry planned = this.productById.get(id);
			if (planned != null && !planned.rejected) {
				return planned.product.runsOn();
			}
			return storedProduct(id).map(Product::runsOn).orElse(Set.of());
		}

		private TeamId resolveTeam(Entry entry, String reference) {
			TeamEntry planned = this.teamByKey.get(key(reference));
			if (planned != null) {
				if (planned.rejected || planned.team == null) {
					entry.reject("team " + reference + " is rejected");
					return null;
				}
				return planned.team.id();
			}
			Optional<Team> stored = this.teamsByReference.computeIfAbsent(reference, teams::findByName);
			if (stored.isEmpty()) {
				entry.reject("team \"" + reference + "\" is neither in this import nor in the catalog");
				return null;
			}
			this.storedTeams.put(stored.get().id(), stored);
			return stored.get().id();
		}

		private PersonId resolvePerson(Entry entry, String role, String email) {
			if (email == null || email.isBlank()) {
				return null;
			}
			PersonEntry planned = this.personByEmail.get(key(email));
			if (planned != null && !planned.rejected) {
				return planned.person.id();
			}
			Optional<Person> stored = this.peopleByEmail.computeIfAbsent(email, people::findByEmail);
			if (stored.isEmpty()) {
				entry.reject(role + " " + email + " is neither in this import nor in the catalog");
				return null;
			}
			this.storedPeople.put(stored.get().id(), stored);
			return stored.get().id();
		}

		private ProductId resolveProduct(Entry entry, String role, String reference) {
			ProductEntry planned = this.productByKey.get(key(reference));
			if (planned != null) {
				if (planned.rejected || planned.product == null) {
					entry.reject(role + " " + reference + " is rejected");
					return null;
				}
				return planned.product.id();
			}
			Optional<Product> stored = this.productsByReference.computeIfAbsent(reference, products::findByName);
			if (stored.isEmpty()) {
				entry.reject(role + " \"" + reference + "\" is neither a product of this import nor of the catalog");
				return null;
			}
			this.storedProducts.put(stored.get().id(), stored);
			ProductEntry sameProduct = this.productById.get(stored.get().id());
			return (sameProduct != null) ? sameProduct.product.id() : stored.get().id();
		}

		/**
		 * The product of a team that owns an asset: the responsible product when the team
		 * owns it, else the team's only product.
		 */
		private ProductId productOfTeam(Entry entry, String teamReference, ProductId hint) {
			TeamId team = resolveTeam(entry, teamReference);
			if (team == null) {
				return null;
			}
			Set<ProductId> owned = new LinkedHashSet<>(
					this.productsOfTeam.computeIfAbsent(team, lookup::productsOfTeam));
			for (ProductEntry planned : this.productEntries) {
				if (planned.rejected || planned.product == null) {
					continue;
				}
				if (team.equals(planned.product.owningTeam())) {
					owned.add(planned.product.id());
				}
				else {
					owned.remove(planned.product.id());
				}
			}
			if (hint != null && owned.contains(hint)) {
				return hint;
			}
			if (owned.size() == 1) {
				return owned.iterator().next();
			}
			entry.reject("owner " + teamReference + " owns "
					+ (owned.isEmpty() ? "no product" : owned.size() + " products")
					+ ": name the owning product (spec.system or spec.owner component:<name>; in CSV owner_product)");
			return null;
		}

		private boolean isStored(ProductId id) {
			ProductEntry planned = this.productById.get(id);
			return (planned != null) ? planned.before != null : storedProduct(id).isPresent();
		}

		private ProductKind kindOf(ProductId id) {
			ProductEntry planned = this.productById.get(id);
			if (planned != null) {
				return planned.product.kind();
			}
			return storedProduct(id).map(Product::kind).orElse(null);
		}

		private Optional<Product> storedProduct(ProductId id) {
			return this.storedProducts.computeIfAbsent(id, products::findById);
		}

		private String teamName(TeamId id, boolean planned) {
			if (id == null) {
				return null;
			}
			if (planned) {
				for (TeamEntry entry : this.teamEntries) {
					if (entry.team != null && entry.team.id().equals(id)) {
						return entry.team.name();
					}
				}
			}
			return this.storedTeams.computeIfAbsent(id, teams::findById).map(Team::name).orElse(id.toString());
		}

		private String personLabel(PersonId id, boolean planned) {
			if (id == null) {
				return null;
			}
			if (planned) {
				for (PersonEntry entry : this.personEntries) {
					if (entry.person != null && entry.person.id().equals(id)) {
						return label(entry.person);
					}
				}
			}
			return this.storedPeople.computeIfAbsent(id, people::findById)
				.map(ImportPlanner::label)
				.orElse(id.toString());
		}

		private String productName(ProductId id, boolean planned) {
			if (id == null) {
				return null;
			}
			ProductEntry entry = planned ? this.productById.get(id) : null;
			if (entry != null && entry.product != null) {
				return entry.product.name();
			}
			return storedProduct(id).map(Product::name).orElse(id.toString());
		}

		private Map<String, String> snapshot(Person person) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("name", person.name());
			values.put("email", person.email().value());
			return values;
		}

		private Map<String, String> snapshot(Team team) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("name", team.name());
			values.put("kind", team.kind().name());
			values.put("description", team.description());
			return values;
		}

		private Map<String, String> snapshot(Product product, boolean planned) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("name", product.name());
			values.put("kind", product.kind().name());
			values.put("description", product.description());
			values.put("owningTeam", teamName(product.owningTeam(), planned));
			values.put("productOwner", personLabel(product.productOwner(), planned));
			values.put("riskOwner", personLabel(product.riskOwner(), planned));
			TreeSet<String> runsOn = new TreeSet<>();
			product.runsOn().forEach((platform) -> runsOn.add(productName(platform, planned)));
			values.put("runsOn", runsOn.isEmpty() ? null : String.join(", ", runsOn));
			return values;
		}

		private Map<String, String> snapshot(Asset asset, boolean planned) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("name", asset.name());
			values.put("type", asset.type().name());
			values.put("reference", asset.reference());
			values.put("classification", (asset.classification() == null) ? null : asset.classification().name());
			values.put("ownerProduct", productName(asset.ownerProduct(), planned));
			values.put("externalOwner", asset.externalOwner());
			values.put("responsibleProduct", productName(asset.responsibleProduct(), planned));
			return values;
		}

		private Map<String, String> after(Entry entry) {
			if (entry instanceof PersonEntry person) {
				return snapshot(person.person);
			}
			if (entry instanceof TeamEntry team) {
				return snapshot(team.team);
			}
			if (entry instanceof ProductEntry product) {
				return snapshot(product.product, true);
			}
			return snapshot(((AssetEntry) entry).asset, true);
		}

		private ImportPlan result() {
			List<PlanItem> items = new ArrayList<>(this.batch.notes());
			Map<Entry, PlanItem> planned = new LinkedHashMap<>();
			List<Entry> all = new ArrayList<>();
			all.addAll(this.personEntries);
			all.addAll(this.teamEntries);
			all.addAll(this.productEntries);
			all.addAll(this.assetEntries);
			for (Entry entry : all) {
				PlanItem item = item(entry);
				items.add(item);
				planned.put(entry, item);
			}
			items.sort(Comparator.comparing((PlanItem item) -> item.ref().file())
				.thenComparingInt((item) -> item.ref().line()));
			List<ImportPlan.Write> writes = new ArrayList<>();
			this.personEntries.forEach((entry) -> addWrite(writes, entry, planned.get(entry)));
			this.teamEntries.forEach((entry) -> addWrite(writes, entry, planned.get(entry)));
			orderedProducts().forEach((entry) -> addWrite(writes, entry, planned.get(entry)));
			this.assetEntries.forEach((entry) -> addWrite(writes, entry, planned.get(entry)));
			return new ImportPlan(items, writes);
		}

		private void addWrite(List<ImportPlan.Write> writes, Entry entry, PlanItem item) {
			if (item.outcome() == Outcome.CREATE || item.outcome() == Outcome.UPDATE) {
				writes.add(new ImportPlan.Write(entry.aggregate(), entry.before == null, item));
			}
		}

		/**
		 * Products with the platforms they run on first, so that every link points to a
		 * stored product.
		 */
		private List<ProductEntry> orderedProducts() {
			List<ProductEntry> ordered = new ArrayList<>();
			Set<ProductEntry> visited = new HashSet<>();
			for (ProductEntry entry : this.productEntries) {
				visit(entry, ordered, visited);
			}
			return ordered;
		}

		private void visit(ProductEntry entry, List<ProductEntry> ordered, Set<ProductEntry> visited) {
			if (!visited.add(entry)) {
				return;
			}
			if (!entry.rejected && entry.product != null) {
				for (ProductId platform : entry.product.runsOn()) {
					ProductEntry planned = this.productById.get(platform);
					if (planned != null) {
						visit(planned, ordered, visited);
					}
				}
			}
			ordered.add(entry);
		}

		private PlanItem item(Entry entry) {
			if (entry.rejected) {
				return new PlanItem(entry.ref, entry.target, Outcome.REJECT, List.of(), entry.messages);
			}
			Map<String, String> after = after(entry);
			List<FieldChange> changes = new ArrayList<>();
			after.forEach((field, value) -> {
				String before = (entry.before == null) ? null : entry.before.get(field);
				FieldChange change = FieldChange.of(field, before, value);
				if (change.isChange()) {
					changes.add(change);
				}
			});
			if (entry instanceof TeamEntry team) {
				team.newMembers.forEach((member) -> changes.add(FieldChange.of("member " + member, null, MEMBER_ROLE)));
			}
			Outcome outcome = (entry.before == null) ? Outcome.CREATE
					: changes.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATE;
			return new PlanItem(entry.ref, entry.target, outcome, changes, entry.messages);
		}

	}

	private static String label(Person person) {
		return person.name() + " <" + person.email().value() + ">";
	}

	private static String describe(InvalidInputException ex) {
		return ex.field() + ": " + ex.getMessage();
	}

}
