package eu.smpcatalogue.editing;

import eu.smpcatalogue.country.Country;
import eu.smpcatalogue.history.History;
import eu.smpcatalogue.country.EmnAnswer;
import jakarta.validation.constraints.Size;

/** A country's EMN answer as its contact point edits it. */
public class CountryForm {

	private Long version;

	/** "YES", "NO", "NOT_AMONG_RESPONDENTS" (the source says no more), or "" when the country was not asked. */
	private String responded;

	private boolean reportedSmps;

	private boolean publicDebate;

	private boolean relatedInitiatives;

	@Size(max = PartnershipForm.LONG_TEXT_LENGTH)
	private String narrativeEn;

	@Size(max = PartnershipForm.LONG_TEXT_LENGTH)
	private String narrativeFr;

	@Size(max = 300)
	private String contactPointUrl;

	/** The address the source most likely means, where it prints the contact point's wrongly. */
	@Size(max = 300)
	private String contactPointUrlLikely;

	/** Why the editor made this change, kept with the revision; not part of the entry. */
	@Size(max = History.REASON_LENGTH)
	private String reason;

	static CountryForm of(Country country) {
		CountryForm form = new CountryForm();
		EmnAnswer answer = country.getEmnAnswer();
		form.version = country.getVersion();
		form.responded = switch (answer.participation()) {
			case ANSWERED -> "YES";
			case DID_NOT_ANSWER -> "NO";
			case NOT_AMONG_RESPONDENTS -> "NOT_AMONG_RESPONDENTS";
			case NOT_ASKED -> "";
		};
		form.reportedSmps = answer.hasReportedSmps();
		form.publicDebate = answer.publicDebate();
		form.relatedInitiatives = answer.relatedInitiatives();
		form.narrativeEn = answer.narrative() == null ? null : answer.narrative().en();
		form.narrativeFr = answer.narrative() == null ? null : answer.narrative().fr();
		form.contactPointUrl = answer.contactPointUrl();
		form.contactPointUrlLikely = answer.contactPointUrlLikely();
		return form;
	}

	public String getContactPointUrlLikely() {
		return contactPointUrlLikely;
	}

	public void setContactPointUrlLikely(String contactPointUrlLikely) {
		this.contactPointUrlLikely = contactPointUrlLikely;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getResponded() {
		return responded;
	}

	public void setResponded(String responded) {
		this.responded = responded;
	}

	public boolean isReportedSmps() {
		return reportedSmps;
	}

	public void setReportedSmps(boolean reportedSmps) {
		this.reportedSmps = reportedSmps;
	}

	public boolean isPublicDebate() {
		return publicDebate;
	}

	public void setPublicDebate(boolean publicDebate) {
		this.publicDebate = publicDebate;
	}

	public boolean isRelatedInitiatives() {
		return relatedInitiatives;
	}

	public void setRelatedInitiatives(boolean relatedInitiatives) {
		this.relatedInitiatives = relatedInitiatives;
	}

	public String getNarrativeEn() {
		return narrativeEn;
	}

	public void setNarrativeEn(String narrativeEn) {
		this.narrativeEn = narrativeEn;
	}

	public String getNarrativeFr() {
		return narrativeFr;
	}

	public void setNarrativeFr(String narrativeFr) {
		this.narrativeFr = narrativeFr;
	}

	public String getContactPointUrl() {
		return contactPointUrl;
	}

	public void setContactPointUrl(String contactPointUrl) {
		this.contactPointUrl = contactPointUrl;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
