package io.ownership.core.risk;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import io.ownership.core.risk.acceptance.AcceptanceRequest;
import io.ownership.core.shared.Actor;
import io.ownership.core.shared.ForbiddenException;
import io.ownership.core.shared.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may do what to a risk of the product "Shop", whose product and risk owner is
 * {@code po}: every role, own versus foreign product, every action.
 */
class RiskAuthorizationTests {

	static final Actor PO_OWN = RiskWorld.PO;

	static final Actor PO_FOREIGN = RiskWorld.PO_OTHER;

	static final Actor MANAGER = RiskWorld.MANAGER;

	static final Actor ADMIN = RiskWorld.ADMIN;

	static final Actor MEMBER = RiskWorld.MEMBER;

	static final Actor AUDITOR = RiskWorld.AUDITOR;

	/**
	 * A security manager who is also the risk owner, to show self-approval is refused.
	 */
	static final Actor PO_AS_MANAGER = new Actor("po", Set.of(Role.PRODUCT_OWNER, Role.SECURITY_MANAGER));

	record Action(String name, BiConsumer<RiskWorld, Actor> run) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static final Action REGISTER = new Action("register", (w, a) -> w.riskService.register(a, new NewRisk(w.shop.id(),
			new RiskDescription("X", null, RiskSource.AUDIT, null), 2, 2, RiskFlags.NONE, Set.of())));

	static final Action REASSESS = new Action("reassess", (w, a) -> {
		Risk risk = w.medium();
		w.riskService.reassess(a, risk.id(), new RiskDescription("Y", null, RiskSource.AUDIT, null), 3, 3,
				RiskFlags.NONE, Set.of(), "Reassessed in a test", 0);
	});

	static final Action RECOMMEND = new Action("recommend",
			(w, a) -> w.riskService.recommend(a, w.medium().id(), Treatment.MITIGATE, "patch", 0));

	static final Action DECIDE = new Action("decide",
			(w, a) -> w.riskService.decide(a, w.medium().id(), Treatment.TRANSFER, "insurance", 0));

	static final Action REQUEST = new Action("request acceptance", (w, a) -> w.acceptanceService.request(a,
			w.medium().id(), new AcceptanceRequest("why", null, w.today().plusDays(10))));

	static final Action APPROVE = new Action("approve",
			(w, a) -> w.acceptanceService.approve(a, w.request(w.high(), w.today().plusDays(10)).id(), "ok", 0));

	static final Action REJECT = new Action("reject",
			(w, a) -> w.acceptanceService.reject(a, w.request(w.high(), w.today().plusDays(10)).id(), "no", 0));

	static final Action REVOKE = new Action("revoke",
			(w, a) -> w.acceptanceService.revoke(a, w.request(w.medium(), w.today().plusDays(10)).id(), "no", 0));

	static final Action WITHDRAW = new Action("withdraw",
			(w, a) -> w.acceptanceService.withdraw(a, w.request(w.high(), w.today().plusDays(10)).id(), null, 0));

	static final List<Action> ACTIONS = List.of(REGISTER, REASSESS, RECOMMEND, DECIDE, REQUEST, APPROVE, REJECT, REVOKE,
			WITHDRAW);

	/** Role label, actor, and the actions allowed to them. */
	static Stream<Arguments> matrix() {
		Object[][] rows = { { "ADMIN", ADMIN, Set.of() },
				{ "SECURITY_MANAGER", MANAGER, Set.of(REGISTER, REASSESS, RECOMMEND, APPROVE, REJECT, REVOKE) },
				{ "PRODUCT_OWNER own product", PO_OWN, Set.of(REGISTER, REASSESS, DECIDE, REQUEST, WITHDRAW) },
				{ "PRODUCT_OWNER foreign product", PO_FOREIGN, Set.of() }, { "TEAM_MEMBER", MEMBER, Set.of() },
				{ "AUDITOR", AUDITOR, Set.of() }, { "risk owner who is also SECURITY_MANAGER", PO_AS_MANAGER,
						Set.of(REGISTER, REASSESS, RECOMMEND, DECIDE, REQUEST, WITHDRAW, REVOKE) } };
		return Stream.of(rows)
			.flatMap((row) -> ACTIONS.stream()
				.map((action) -> Arguments.of(row[0], row[1], action, ((Set<?>) row[2]).contains(action))));
	}

	@ParameterizedTest(name = "{0} {2}: allowed={3}")
	@MethodSource("matrix")
	void enforcesTheMatrix(String role, Actor actor, Action action, boolean allowed) {
		RiskWorld world = new RiskWorld();
		if (allowed) {
			assertThatCode(() -> action.run().accept(world, actor)).doesNotThrowAnyException();
		}
		else if (actor == PO_AS_MANAGER) {
			// the risk owner holds the role but approving or rejecting their own request
			// is
			// refused by the four-eyes rule
			assertThatThrownBy(() -> action.run().accept(world, actor))
				.isInstanceOf(io.ownership.core.shared.DomainException.class)
				.hasMessageContaining("requester");
		}
		else {
			assertThatThrownBy(() -> action.run().accept(world, actor)).isInstanceOf(ForbiddenException.class);
		}
	}

}
