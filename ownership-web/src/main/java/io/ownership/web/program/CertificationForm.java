package io.ownership.web.program;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Records a certification of a champion.
 */
public class CertificationForm {

	@NotBlank(message = "{input.required}")
	@Size(max = 200, message = "{input.tooLong}")
	private String name;

	@NotBlank(message = "{input.required}")
	@Size(max = 200, message = "{input.tooLong}")
	private String issuer;

	@NotNull(message = "{input.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate obtained;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expires;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public LocalDate getObtained() {
		return this.obtained;
	}

	public void setObtained(LocalDate obtained) {
		this.obtained = obtained;
	}

	public LocalDate getExpires() {
		return this.expires;
	}

	public void setExpires(LocalDate expires) {
		this.expires = expires;
	}

}
