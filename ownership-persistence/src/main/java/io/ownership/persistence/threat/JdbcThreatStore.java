package io.ownership.persistence.threat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.ownership.core.catalog.PersonId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.program.champion.ChampionId;
import io.ownership.core.risk.RiskId;
import io.ownership.core.shared.StaleVersionException;
import io.ownership.core.threat.BacklogItem;
import io.ownership.core.threat.BacklogItemId;
import io.ownership.core.threat.BacklogItemRepository;
import io.ownership.core.threat.Stride;
import io.ownership.core.threat.Threat;
import io.ownership.core.threat.ThreatDecision;
import io.ownership.core.threat.ThreatId;
import io.ownership.core.threat.ThreatModel;
import io.ownership.core.threat.ThreatModelId;
import io.ownership.core.threat.ThreatModelRepository;
import io.ownership.core.threat.ThreatStatus;
import io.ownership.core.threat.TicketRef;
import io.ownership.core.threat.Triage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Backlog items (one statement to load) and threat models with their participants,
 * threats and credited champions (four statements to load). Both carry a version checked
 * on every save; a model's credits are only ever inserted, under a primary key that
 * refuses a second credit of one champion for one model.
 */
@Repository
@Transactional(readOnly = true)
class JdbcThreatStore implements BacklogItemRepository, ThreatModelRepository {

	private final JdbcClient jdbc;

	JdbcThreatStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<BacklogItem> findById(BacklogItemId id) {
		return this.jdbc.sql("select * from backlog_item where id = :id")
			.param("id", id.value())
			.query((rs, n) -> item(rs))
			.optional();
	}

	static Triage triage(ResultSet rs) throws SQLException {
		return new Triage(rs.getBoolean("authentication"), rs.getBoolean("customer_data"),
				rs.getBoolean("external_interface"), rs.getBoolean("third_party_component"),
				rs.getBoolean("cryptography"), rs.getBoolean("platform"));
	}

	private static BacklogItem item(ResultSet rs) throws SQLException {
		String decision = rs.getString("decision");
		return new BacklogItem(new BacklogItemId(rs.getObject("id", UUID.class)),
				new ProductId(rs.getObject("product_id", UUID.class)), new TicketRef(rs.getString("ticket")),
				rs.getString("title"), triage(rs), rs.getObject("triaged_on", LocalDate.class),
				(decision == null) ? null : ThreatDecision.valueOf(decision), rs.getString("decision_reason"),
				rs.getLong("version"));
	}

	@Override
	@Transactional
	public void save(BacklogItem item) {
		Map<String, Object> values = values(item);
		int updated = this.jdbc.sql("""
				update backlog_item set ticket = :ticket, title = :title, authentication = :authentication,
				       customer_data = :customerData, external_interface = :externalInterface,
				       third_party_component = :thirdParty, cryptography = :cryptography, platform = :platform,
				       decision = :decision, decision_reason = :reason, version = version + 1
				where id = :id and version = :version
				""").params(values).param("version", item.version()).update();
		if (updated == 1) {
			return;
		}
		if (exists("backlog_item", item.id().value())) {
			throw new StaleVersionException("BacklogItem", item.id());
		}
		this.jdbc.sql("""
				insert into backlog_item (id, product_id, ticket, title, authentication, customer_data,
				    external_interface, third_party_component, cryptography, platform, triaged_on, decision,
				    decision_reason)
				values (:id, :product, :ticket, :title, :authentication, :customerData, :externalInterface,
				    :thirdParty, :cryptography, :platform, :triagedOn, :decision, :reason)
				""").params(values).update();
	}

	private static Map<String, Object> values(BacklogItem item) {
		Triage triage = item.triage();
		Map<String, Object> values = new HashMap<>();
		values.put("id", item.id().value());
		values.put("product", item.product().value());
		values.put("ticket", item.ticket().value());
		values.put("title", item.title());
		values.put("authentication", triage.authentication());
		values.put("customerData", triage.customerData());
		values.put("externalInterface", triage.externalInterface());
		values.put("thirdParty", triage.thirdPartyComponent());
		values.put("cryptography", triage.cryptography());
		values.put("platform", triage.platform());
		values.put("triagedOn", item.triagedOn());
		values.put("decision", (item.decision() == null) ? null : item.decision().name());
		values.put("reason", item.reason());
		return values;
	}

	@Override
	public Optional<ThreatModel> findById(ThreatModelId id) {
		return load("m.id = :id", id.value());
	}

	@Override
	public Optional<ThreatModel> findByItem(BacklogItemId item) {
		return load("m.item_id = :id", item.value());
	}

	private Optional<ThreatModel> load(String where, UUID id) {
		Optional<Header> header = this.jdbc.sql("""
				select m.id, m.item_id, i.product_id, m.started_on, m.finished_on, m.version
				from threat_model m join backlog_item i on i.id = m.item_id
				where %s
				""".formatted(where))
			.param("id", id)
			.query((rs, n) -> new Header(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
					rs.getObject("product_id", UUID.class), rs.getObject("started_on", LocalDate.class),
					rs.getObject("finished_on", LocalDate.class), rs.getLong("version")))
			.optional();
		if (header.isEmpty()) {
			return Optional.empty();
		}
		UUID modelId = header.get().id();
		Set<PersonId> participants = new LinkedHashSet<>(
				this.jdbc.sql("select person_id from threat_model_participant where model_id = :id")
					.param("id", modelId)
					.query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
					.list());
		List<Threat> threats = this.jdbc.sql("select * from threat where model_id = :id order by position")
			.param("id", modelId)
			.query((rs, n) -> threat(rs))
			.list();
		Set<ChampionId> credited = new LinkedHashSet<>(
				this.jdbc.sql("select champion_id from threat_model_credit where model_id = :id")
					.param("id", modelId)
					.query((rs, n) -> new ChampionId(rs.getObject(1, UUID.class)))
					.list());
		Header h = header.get();
		return Optional
			.of(new ThreatModel(new ThreatModelId(h.id()), new BacklogItemId(h.item()), new ProductId(h.product()),
					participants, threats, h.startedOn(), h.finishedOn(), credited, h.version()));
	}

	private static Threat threat(ResultSet rs) throws SQLException {
		String ticket = rs.getString("mitigation_ticket");
		UUID risk = rs.getObject("risk_id", UUID.class);
		return new Threat(new ThreatId(rs.getObject("id", UUID.class)), Stride.valueOf(rs.getString("category")),
				rs.getString("what_could_go_wrong"), rs.getString("how_we_ensure"),
				(ticket == null) ? null : new TicketRef(ticket), ThreatStatus.valueOf(rs.getString("status")),
				(risk == null) ? null : new RiskId(risk));
	}

	@Override
	@Transactional
	public void save(ThreatModel model) {
		UUID id = model.id().value();
		int updated = this.jdbc.sql("""
				update threat_model set finished_on = :finished, version = version + 1
				where id = :id and version = :version
				""").param("id", id).param("finished", model.finishedOn()).param("version", model.version()).update();
		if (updated == 0) {
			if (exists("threat_model", id)) {
				throw new StaleVersionException("ThreatModel", model.id());
			}
			this.jdbc.sql("""
					insert into threat_model (id, item_id, started_on, finished_on)
					values (:id, :item, :started, :finished)
					""")
				.param("id", id)
				.param("item", model.item().value())
				.param("started", model.startedOn())
				.param("finished", model.finishedOn())
				.update();
		}
		this.jdbc.sql("delete from threat_model_participant where model_id = :id").param("id", id).update();
		for (PersonId person : model.participants()) {
			this.jdbc.sql("insert into threat_model_participant (model_id, person_id) values (:id, :person)")
				.param("id", id)
				.param("person", person.value())
				.update();
		}
		this.jdbc.sql("delete from threat where model_id = :id").param("id", id).update();
		int position = 0;
		for (Threat threat : model.threats()) {
			this.jdbc.sql("""
					insert into threat (id, model_id, position, category, what_could_go_wrong, how_we_ensure,
					                    mitigation_ticket, status, risk_id)
					values (:threat, :id, :position, :category, :what, :how, :ticket, :status, :risk)
					""")
				.param("threat", threat.id().value())
				.param("id", id)
				.param("position", position++)
				.param("category", threat.category().name())
				.param("what", threat.whatCouldGoWrong())
				.param("how", threat.howWeEnsure())
				.param("ticket", (threat.mitigationTicket() == null) ? null : threat.mitigationTicket().value())
				.param("status", threat.status().name())
				.param("risk", (threat.risk() == null) ? null : threat.risk().value())
				.update();
		}
		for (ChampionId champion : model.newlyCredited()) {
			this.jdbc.sql("insert into threat_model_credit (model_id, champion_id) values (:id, :champion)")
				.param("id", id)
				.param("champion", champion.value())
				.update();
		}
	}

	private boolean exists(String table, UUID id) {
		return this.jdbc.sql("select exists (select 1 from " + table + " where id = :id)")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	private record Header(UUID id, UUID item, UUID product, LocalDate startedOn, LocalDate finishedOn, long version) {

	}

}
