package io.ownership.web.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.ownership.core.catalog.AssetId;
import io.ownership.core.catalog.ProductId;
import io.ownership.core.risk.Risk;
import io.ownership.core.risk.RiskDescription;
import io.ownership.core.risk.RiskFlags;
import io.ownership.core.risk.RiskSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A risk as typed on {@code /risks/new} and on its edit page.
 */
public class RiskForm extends RiskRating {

	/**
	 * A risk as its reassessment form shows it.
	 */
	static RiskForm of(Risk risk) {
		RiskForm form = new RiskForm();
		form.setProduct(risk.product().value());
		form.setTitle(risk.title());
		form.setDescription(risk.description());
		form.setSource(risk.source());
		form.setReference(risk.reference());
		form.setLikelihood(risk.likelihood());
		form.setImpact(risk.impact());
		form.setAffectedProducts(risk.flags().affectedProducts().stream().map(ProductId::value).toList());
		form.setInvolvesCustomerData(risk.flags().involvesCustomerData());
		form.setViolatedRequirement(risk.flags().violatedRequirement());
		form.setAssets(risk.assets().stream().map(AssetId::value).toList());
		form.setVersion(risk.version());
		return form;
	}

	/**
	 * The product's id: posted by a link or a pipeline, or resolved from
	 * {@link #productName}; the edit page takes it from the risk.
	 */
	private UUID product;

	/**
	 * The product as typed in the new-risk form's search field (a name or an id);
	 * required there unless the id is posted.
	 */
	@Size(max = 300)
	private String productName;

	/**
	 * Another product the risk affects, as typed in its search field (a name or an id).
	 */
	@Size(max = 300)
	private String affectedName;

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 10000)
	private String description;

	@NotNull
	private RiskSource source;

	@Size(max = 300)
	private String reference;

	private List<UUID> affectedProducts = new ArrayList<>();

	@Size(max = 300)
	private String violatedRequirement;

	/** Why the level goes down, when it does (required then). */
	@Size(max = 4000)
	private String reason;

	/** The incident whose post-mortem the risk is registered from, or null. */
	private UUID postMortem;

	RiskDescription description() {
		return new RiskDescription(this.title, this.description, this.source, this.reference);
	}

	RiskFlags flags() {
		return new RiskFlags(this.affectedProducts.stream().map(ProductId::new).collect(Collectors.toSet()),
				isInvolvesCustomerData(), this.violatedRequirement);
	}

	public String getProductName() {
		return this.productName;
	}

	public void setProductName(String productName) {
		this.productName = productName;
	}

	public String getAffectedName() {
		return this.affectedName;
	}

	public void setAffectedName(String affectedName) {
		this.affectedName = affectedName;
	}

	public UUID getProduct() {
		return this.product;
	}

	public void setProduct(UUID product) {
		this.product = product;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public RiskSource getSource() {
		return this.source;
	}

	public void setSource(RiskSource source) {
		this.source = source;
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public List<UUID> getAffectedProducts() {
		return this.affectedProducts;
	}

	public void setAffectedProducts(List<UUID> affectedProducts) {
		this.affectedProducts = (affectedProducts == null) ? new ArrayList<>() : affectedProducts;
	}

	public String getViolatedRequirement() {
		return this.violatedRequirement;
	}

	public void setViolatedRequirement(String violatedRequirement) {
		this.violatedRequirement = violatedRequirement;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public UUID getPostMortem() {
		return this.postMortem;
	}

	public void setPostMortem(UUID postMortem) {
		this.postMortem = postMortem;
	}

}
