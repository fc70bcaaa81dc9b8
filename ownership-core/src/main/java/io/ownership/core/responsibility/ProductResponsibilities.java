package io.ownership.core.responsibility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ownership.core.catalog.ProductId;
import io.ownership.core.catalog.TeamId;
import io.ownership.core.responsibility.matrix.Party;
import io.ownership.core.responsibility.matrix.PartyId;
import io.ownership.core.responsibility.matrix.PartyRole;
import io.ownership.core.responsibility.matrix.PublishedMatrix;
import io.ownership.core.shared.NotFoundException;
import jakarta.transaction.Transactional;

/**
 * Answers, for products, who is responsible, accountable, consulted and informed for each
 * activity of every applicable published matrix, with concrete team and person names, and
 * which coverage is missing. Reads only; everyone logged in may ask.
 */
@Transactional
public class ProductResponsibilities implements ResponsibilityGaps {

	private final ResponsibilityReadModel reads;

	private final ChampionDirectory champions;

	/**
	 * @param reads the read model
	 * @param champions the champions program's directory, or null where champions are not
	 * recorded
	 */
	public ProductResponsibilities(ResponsibilityReadModel reads, ChampionDirectory champions) {
		this.reads = reads;
		this.champions = champions;
	}

	public ProductResponsibility forProduct(ProductId product) {
		List<ProductResponsibility> found = resolve(List.of(product));
		if (found.isEmpty()) {
			throw new NotFoundException("Product", product);
		}
		return found.get(0);
	}

	@Override
	public Map<ProductId, List<Gap>> forProducts(Collection<ProductId> products) {
		Map<ProductId, List<Gap>> gaps = new LinkedHashMap<>();
		for (ProductResponsibility responsibility : resolve(products)) {
			gaps.put(responsibility.product().id(), responsibility.gaps());
		}
		return gaps;
	}

	@Override
	public List<Gap> forTeam(TeamId team) {
		List<Gap> gaps = new ArrayList<>();
		forProducts(this.reads.productsOwnedBy(team)).values().forEach(gaps::addAll);
		return gaps;
	}

	/**
	 * Who stands behind a role for one product, resolved as the matrices resolve it;
	 * nobody when the product does not exist.
	 */
	public Resolution resolve(ProductId product, PartyRole role) {
		Party party = Party.of(role);
		List<ProductContext> found = this.reads.products(List.of(product));
		if (found.isEmpty()) {
			return Resolution.of(party, List.of(), List.of());
		}
		return resolve(party, found.get(0), Map.of(), new LinkedHashMap<>());
	}

	/**
	 * Whether champions are recorded, so that the security champion party can resolve.
	 */
	public boolean championsRecorded() {
		return this.champions != null;
	}

	private List<ProductResponsibility> resolve(Collection<ProductId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<ProductContext> products = this.reads.products(ids);
		if (products.isEmpty()) {
			return List.of();
		}
		List<PublishedMatrix> matrices = this.reads.publishedMatrices();
		Set<TeamId> fixedTeams = new HashSet<>();
		for (PublishedMatrix matrix : matrices) {
			if (matrix.latest() != null) {
				matrix.latest()
					.content()
					.parties()
					.stream()
					.filter(Party::isFixedTeam)
					.forEach((party) -> fixedTeams.add(party.team()));
			}
		}
		Map<TeamId, TeamRef> teams = fixedTeams.isEmpty() ? Map.of() : this.reads.teams(fixedTeams);
		Map<TeamId, List<PersonRef>> championsByTeam = new LinkedHashMap<>();
		List<ProductResponsibility> result = new ArrayList<>();
		for (ProductContext product : products) {
			List<AppliedMatrix> applied = new ArrayList<>();
			List<Gap> gaps = new ArrayList<>();
			for (PublishedMatrix matrix : matrices) {
				if (matrix.appliesTo(product)) {
					AppliedMatrix one = apply(product, matrix, teams, championsByTeam);
					applied.add(one);
					for (Party party : one.version().content().parties()) {
						Resolution resolution = one.resolutions().get(party.id());
						if (resolution.outcome() == Resolution.Outcome.NOBODY
								&& one.version().content().isUsed(party.id())) {
							gaps.add(new Gap(product.id(), product.name(), Gap.Kind.NOBODY_BEHIND_PARTY, matrix.id(),
									matrix.name(), party));
						}
					}
				}
			}
			for (PublishedMatrix matrix : matrices) {
				if (matrix.mandatory() && !matrix.appliesTo(product)) {
					gaps.add(new Gap(product.id(), product.name(), Gap.Kind.NO_MATRIX, matrix.id(), matrix.name(),
							null));
				}
			}
			result.add(new ProductResponsibility(product, applied, gaps));
		}
		return result;
	}

	private AppliedMatrix apply(ProductContext product, PublishedMatrix matrix, Map<TeamId, TeamRef> teams,
			Map<TeamId, List<PersonRef>> championsByTeam) {
		Map<PartyId, Resolution> resolutions = new LinkedHashMap<>();
		for (Party party : matrix.latest().content().parties()) {
			resolutions.put(party.id(), resolve(party, product, teams, championsByTeam));
		}
		return new AppliedMatrix(matrix.id(), matrix.name(), matrix.mandatory(), matrix.latest(), resolutions);
	}

	private Resolution resolve(Party party, ProductContext product, Map<TeamId, TeamRef> teams,
			Map<TeamId, List<PersonRef>> championsByTeam) {
		if (party.isFixedTeam()) {
			TeamRef team = teams.get(party.team());
			return Resolution.of(party, (team != null) ? List.of(team) : List.of(), List.of());
		}
		return switch (party.role()) {
			case DEVELOPMENT_TEAM -> Resolution.of(party, optional(product.owningTeam()), List.of());
			case PLATFORM_TEAM -> Resolution.of(party, product.platformTeams(), List.of());
			case PRODUCT_SECURITY_TEAM -> Resolution.of(party, product.securityTeams(), List.of());
			case OPERATIONS -> Resolution.of(party, product.operationsTeams(), List.of());
			case RISK_OWNER -> Resolution.of(party, List.of(), optional(product.riskOwner()));
			case PRODUCT_OWNER -> Resolution.of(party, List.of(), optional(product.productOwner()));
			case SECURITY_CHAMPION -> champion(party, product, championsByTeam);
		};
	}

	private Resolution champion(Party party, ProductContext product, Map<TeamId, List<PersonRef>> championsByTeam) {
		if (this.champions == null) {
			return new Resolution(party, Resolution.Outcome.NOT_RECORDED, List.of(), List.of());
		}
		if (product.owningTeam() == null) {
			return Resolution.of(party, List.of(), List.of());
		}
		List<PersonRef> people = championsByTeam.computeIfAbsent(product.owningTeam().id(),
				this.champions::activeChampions);
		return Resolution.of(party, List.of(), people);
	}

	private static <T> List<T> optional(T value) {
		return (value != null) ? List.of(value) : List.of();
	}

}
