package eu.smpcatalogue.account;

import java.time.Instant;

import eu.smpcatalogue.country.Country;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A person who edits the catalogue: an administrator, or the contact point of exactly one country. */
@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "country_code")
	private Country country;

	private boolean enabled = true;

	/** Where invitations, password links and notifications go; none for accounts made before mail. */
	private String email;

	/** The language of the mails the person gets: "en" or "fr". */
	private String language = "en";

	/** Whether suggested corrections come in a mail each or in a daily digest. */
	@Enumerated(EnumType.STRING)
	@Column(name = "correction_mail")
	private MailFrequency correctionMail = MailFrequency.EACH;

	@Column(name = "created_at")
	private Instant createdAt = Instant.now();

	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	@Column(name = "previous_login_at")
	private Instant previousLoginAt;

	@Version
	private long version;

	protected Account() {
	}

	Account(String username, String displayName, String passwordHash, Role role, Country country) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		assign(role, country);
	}

	final void assign(Role newRole, Country newCountry) {
		if ((newRole == Role.CONTACT_POINT) != (newCountry != null)) {
			throw new IllegalArgumentException("A contact point answers for exactly one country, an administrator for none");
		}
		this.role = newRole;
		this.country = newCountry;
	}

	void changePasswordHash(String newHash) {
		this.passwordHash = newHash;
	}

	void reach(String newEmail, String newLanguage) {
		this.email = newEmail;
		this.language = newLanguage;
	}

	void hearOfCorrections(MailFrequency frequency) {
		this.correctionMail = frequency;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	void rename(String newDisplayName) {
		this.displayName = newDisplayName;
	}

	void loggedIn(Instant at) {
		this.previousLoginAt = this.lastLoginAt;
		this.lastLoginAt = at;
	}

	public boolean isAdministrator() {
		return role == Role.ADMINISTRATOR;
	}

	/** Whether this account answers for the country with this code. */
	public boolean answersFor(String countryCode) {
		return country != null && country.getCode().equals(countryCode);
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public Country getCountry() {
		return country;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public String getEmail() {
		return email;
	}

	public String getLanguage() {
		return language;
	}

	public MailFrequency getCorrectionMail() {
		return correctionMail;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getLastLoginAt() {
		return lastLoginAt;
	}

	public Instant getPreviousLoginAt() {
		return previousLoginAt;
	}

	public long getVersion() {
		return version;
	}

}
