package io.ownership.web.risk;

import io.ownership.core.risk.acceptance.ApprovalFilter;
import io.ownership.core.risk.RiskLevel;
import io.ownership.web.support.PagingForm;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The approvals inbox's filters as the query string carries them: {@code age} (waiting at
 * least so many days), {@code product} (part of its name) and {@code level}, with the
 * page of the list ({@link PagingForm}). A value that is not one of theirs comes back as
 * an error next to its field, with the others kept.
 */
public class ApprovalFilterForm extends PagingForm {

	@Min(0)
	@Max(3650)
	private Integer age;

	@Size(max = 200)
	private String product;

	private RiskLevel level;

	ApprovalFilter toFilter() {
		return new ApprovalFilter(this.age, this.product, this.level);
	}

	public Integer getAge() {
		return this.age;
	}

	public void setAge(Integer age) {
		this.age = age;
	}

	public String getProduct() {
		return this.product;
	}

	public void setProduct(String product) {
		this.product = product;
	}

	public RiskLevel getLevel() {
		return this.level;
	}

	public void setLevel(RiskLevel level) {
		this.level = level;
	}

}
