package eu.smpcatalogue.correction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a contact point declines a suggestion: the person who made it reads this on their status page. */
public class DeclineForm {

	@NotBlank
	@Size(max = CorrectionForm.TEXT_LENGTH)
	private String reason;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
