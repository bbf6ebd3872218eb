package eu.smpcatalogue.correction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a reader fills in to suggest a correction. The limits are the database's (V50); the e-mail
 * address is checked by {@link CorrectionController}. {@code website} is the trap for robots: hidden from
 * people, who leave it empty. {@code started} is the signed time the form was opened ({@link FillTime}).
 */
public class CorrectionForm {

	static final int TEXT_LENGTH = 2000;

	static final int SOURCE_LENGTH = 1000;

	static final int NAME_LENGTH = 200;

	static final int EMAIL_LENGTH = 254;

	@NotBlank
	@Size(max = TEXT_LENGTH)
	private String whatIsWrong;

	@NotBlank
	@Size(max = TEXT_LENGTH)
	private String shouldSay;

	@NotBlank
	@Size(max = SOURCE_LENGTH)
	private String source;

	@Size(max = NAME_LENGTH)
	private String name;

	@Size(max = NAME_LENGTH)
	private String organisation;

	@Size(max = EMAIL_LENGTH)
	private String email;

	private String website;

	private String started;

	public String getWhatIsWrong() {
		return whatIsWrong;
	}

	public void setWhatIsWrong(String whatIsWrong) {
		this.whatIsWrong = whatIsWrong;
	}

	public String getShouldSay() {
		return shouldSay;
	}

	public void setShouldSay(String shouldSay) {
		this.shouldSay = shouldSay;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getStarted() {
		return started;
	}

	public void setStarted(String started) {
		this.started = started;
	}

}
