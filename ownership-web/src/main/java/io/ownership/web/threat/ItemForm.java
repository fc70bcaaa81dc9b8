package io.ownership.web.threat;

import java.util.List;

import io.ownership.core.threat.BacklogItem;
import io.ownership.core.threat.NewItem;
import io.ownership.core.threat.Triage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A backlog item and its triage: ticket key or link, title and the six questions.
 */
public class ItemForm {

	/** The six questions of the triage, in the order of the form: field and topic. */
	public static final List<Question> QUESTIONS = List.of(new Question("authentication", "AUTHENTICATION"),
			new Question("customerData", "CUSTOMER_DATA"), new Question("externalInterface", "EXTERNAL_INTERFACE"),
			new Question("thirdPartyComponent", "THIRD_PARTY_COMPONENT"), new Question("cryptography", "CRYPTOGRAPHY"),
			new Question("platform", "PLATFORM"));

	@NotBlank(message = "{input.required}")
	@Size(max = 300, message = "{input.tooLong}")
	private String ticket;

	@NotBlank(message = "{input.required}")
	@Size(max = 300, message = "{input.tooLong}")
	private String title;

	private boolean authentication;

	private boolean customerData;

	private boolean externalInterface;

	private boolean thirdPartyComponent;

	private boolean cryptography;

	private boolean platform;

	private long version;

	NewItem item() {
		return new NewItem(this.ticket, this.title, new Triage(this.authentication, this.customerData,
				this.externalInterface, this.thirdPartyComponent, this.cryptography, this.platform));
	}

	/** The form showing a backlog item's ticket, title and triage as they are now. */
	static ItemForm of(BacklogItem item) {
		ItemForm form = new ItemForm();
		form.ticket = item.ticket().value();
		form.title = item.title();
		form.authentication = item.triage().authentication();
		form.customerData = item.triage().customerData();
		form.externalInterface = item.triage().externalInterface();
		form.thirdPartyComponent = item.triage().thirdPartyComponent();
		form.cryptography = item.triage().cryptography();
		form.platform = item.triage().platform();
		form.version = item.version();
		return form;
	}

	/** A triage question: the form's field and the topic that names it. */
	public record Question(String field, String topic) {

	}

	public String getTicket() {
		return this.ticket;
	}

	public void setTicket(String ticket) {
		this.ticket = ticket;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public boolean isAuthentication() {
		return this.authentication;
	}

	public void setAuthentication(boolean authentication) {
		this.authentication = authentication;
	}

	public boolean isCustomerData() {
		return this.customerData;
	}

	public void setCustomerData(boolean customerData) {
		this.customerData = customerData;
	}

	public boolean isExternalInterface() {
		return this.externalInterface;
	}

	public void setExternalInterface(boolean externalInterface) {
		this.externalInterface = externalInterface;
	}

	public boolean isThirdPartyComponent() {
		return this.thirdPartyComponent;
	}

	public void setThirdPartyComponent(boolean thirdPartyComponent) {
		this.thirdPartyComponent = thirdPartyComponent;
	}

	public boolean isCryptography() {
		return this.cryptography;
	}

	public void setCryptography(boolean cryptography) {
		this.cryptography = cryptography;
	}

	public boolean isPlatform() {
		return this.platform;
	}

	public void setPlatform(boolean platform) {
		this.platform = platform;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
