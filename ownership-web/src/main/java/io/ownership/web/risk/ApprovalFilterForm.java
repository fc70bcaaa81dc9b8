package io.ownership.web.risk;

import io.ownership.core.risk.acceptance.ApprovalFilter;
import io.ownership.core.risk.RiskLevel;
import io.ownership.core.shared.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The approvals inbox's filters as the query string carries them: {@code age} (waiting at
 * least so many days), {@code product} (part of its name) and {@code level}, with the
 * page of the list ({@code page} from 0, {@code size} 1 to 500). A value that is not one
 * of theirs comes back as an error next to its field, with the others kept.
 */
public class ApprovalFilterForm {

	@Min(0)
	@Max(3650)
	private Integer age;

	@Size(max = 200)
	private String product;

	private RiskLevel level;

	@Min(0)
	private int page;

	@Min(1)
	@Max(500)
	private int size = 25;

	PageRequest toPage() {
		return PageRequest.of(this.page, this.size);
	}

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

	public int getPage() {
		return this.page;
	}

	public void setPage(int page) {
		this.page = page;
	}

	public int getSize() {
		return this.size;
	}

	public void setSize(int size) {
		this.size = size;
	}

	public RiskLevel getLevel() {
		return this.level;
	}

	public void setLevel(RiskLevel level) {
		this.level = level;
	}

}
