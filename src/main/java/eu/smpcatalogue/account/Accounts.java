package eu.smpcatalogue.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.smpcatalogue.country.Countries;
import eu.smpcatalogue.country.Country;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/** The people who edit the catalogue, and what administrators and they themselves may change about them. */
@Service
@Transactional
public class Accounts {

	private final AccountRepository repository;

	private final Countries countries;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final PasswordChecks passwordChecks;

	private final SessionRegistry sessions;

	private final TransactionOperations transactions;

	private final Clock clock;

	private final PasswordLinks links;

	private final ApplicationEventPublisher events;

	Accounts(AccountRepository repository, Countries countries, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, PasswordChecks passwordChecks, SessionRegistry sessions,
			TransactionOperations transactions, Clock clock, PasswordLinks links, ApplicationEventPublisher events) {
		this.links = links;
		this.events = events;
		this.repository = repository;
		this.countries = countries;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.passwordChecks = passwordChecks;
		this.sessions = sessions;
		this.transactions = transactions;
		this.clock = clock;
	}

	UserDetailsService userDetailsService() {
		return username -> repository.findByUsername(normalise(username))
			.map(Editor::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return repository.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(long id) {
		return repository.findById(id);
	}

	@Transactional(readOnly = true)
	public boolean administratorExists() {
		return repository.existsByRoleAndEnabledTrue(Role.ADMINISTRATOR);
	}

	/**
	 * Creates an account. Rule failures come back as message codes for the field concerned, so that the
	 * form can show them next to it.
	 */
	public Account create(NewAccount request) {
		String username = normalise(request.username());
		if (repository.existsByUsername(username)) {
			throw new AccountRuleException("username", "account.username.taken");
		}
		passwordPolicy.check("password", request.password());
		Account account = new Account(username, request.displayName().strip(), passwordEncoder.encode(request.password()),
				request.role(), country(request.role(), request.countryCode()));
		return repository.save(account);
	}

	/**
	 * Creates an account without a password and mails its owner an invitation: a one-time link, valid for
	 * 72 hours, to choose one. Nobody else ever knows the password.
	 */
	public Account invite(Invitation request) {
		String username = normalise(request.username());
		if (repository.existsByUsername(username)) {
			throw new AccountRuleException("username", "account.username.taken");
		}
		String email = checkedEmail(request.email(), -1);
		// Nobody can sign in with this: the hash is of 256 random bits that are then forgotten.
		String unusable = passwordEncoder.encode(randomSecret());
		Account account = repository.save(new Account(username, request.displayName().strip(), unusable, request.role(),
				country(request.role(), request.countryCode())));
		account.reach(email, language(request.language()));
		String link = links.issue(account.getId(), PasswordLinkIssued.Purpose.INVITATION);
		events.publishEvent(new PasswordLinkIssued(PasswordLinkIssued.Purpose.INVITATION, account.getEmail(),
				account.getLanguage(), account.getDisplayName(), account.getUsername(), link));
		return account;
	}

	/**
	 * Mails a password link to the account with this username or e-mail address, if there is one that can be
	 * reached, and if none was sent to it in the last five minutes. Says nothing of what it found: the
	 * page that asks must not tell whether an account exists.
	 */
	public void sendPasswordLink(String usernameOrEmail) {
		if (usernameOrEmail == null || usernameOrEmail.isBlank() || usernameOrEmail.length() > 320) {
			return;
		}
		repository.findReachable(usernameOrEmail.strip()).filter(account -> links.resetMaySend(account.getId())).ifPresent(account -> {
			String link = links.issue(account.getId(), PasswordLinkIssued.Purpose.RESET);
			events.publishEvent(new PasswordLinkIssued(PasswordLinkIssued.Purpose.RESET, account.getEmail(),
					account.getLanguage(), account.getDisplayName(), account.getUsername(), link));
		});
	}

	/**
	 * Who to mail of something that concerns these countries' entries: their contact points, and the
	 * administrators when {@code administrators} is set; only those with an address, who chose this frequency.
	 */
	@Transactional(readOnly = true)
	public List<Recipient> recipients(List<String> countries, boolean administrators, MailFrequency frequency) {
		return repository.reachableFor(countries.toArray(String[]::new), administrators, frequency.name())
			.stream()
			.map(Recipient::of)
			.toList();
	}

	/** Everyone with an address who chose this frequency. */
	@Transactional(readOnly = true)
	public List<Recipient> recipients(MailFrequency frequency) {
		return repository.findByEnabledTrueAndEmailNotNullAndCorrectionMailOrderById(frequency).stream().map(Recipient::of).toList();
	}

	/** How a person hears of corrections suggested for their entries. */
	public void hearOfCorrections(long id, MailFrequency frequency) {
		existing(id).hearOfCorrections(frequency);
	}

	/** The account whose password this link may set, if it is still open. */
	@Transactional(readOnly = true)
	public Optional<Account> ofPasswordLink(String token) {
		return links.accountOf(token).flatMap(repository::findById);
	}

	/**
	 * Sets the password of the link's account and closes the link (and every other open link of the
	 * account); ends the account's sessions. Empty when the link is no longer open.
	 */
	public Optional<Account> setPasswordWithLink(String token, String newPassword) {
		passwordPolicy.check("password", newPassword);
		Optional<Account> account = links.use(token).flatMap(repository::findById);
		account.ifPresent(found -> {
			found.changePasswordHash(passwordEncoder.encode(newPassword));
			endSessions(found);
		});
		return account;
	}

	/** Saves an account; the last active administrator stays one. Ends the account's sessions. */
	public void update(long id, String displayName, String email, String language, Role role, String countryCode) {
		List<Long> administrators = repository.lockActiveAdministrators();
		Account account = existing(id);
		if (role != Role.ADMINISTRATOR) {
			keepAnAdministrator(administrators, id, "role");
		}
		account.reach(email == null || email.isBlank() ? null : checkedEmail(email, id), language(language));
		account.rename(displayName.strip());
		account.assign(role, country(role, countryCode));
		endSessions(account);
	}

	/** Disabling ends every session the account has open; the last active administrator cannot be disabled. */
	public void disable(long id) {
		List<Long> administrators = repository.lockActiveAdministrators();
		Account account = existing(id);
		keepAnAdministrator(administrators, id, "enabled");
		account.disable();
		endSessions(account);
	}

	public void enable(long id) {
		existing(id).enable();
	}

	public void resetPassword(long id, String newPassword) {
		passwordPolicy.check("password", newPassword);
		Account account = existing(id);
		account.changePasswordHash(passwordEncoder.encode(newPassword));
		endSessions(account);
	}

	/**
	 * Changes a person's own password once they have typed the current one, and ends their other
	 * sessions (the one they are using stays). The current password is checked like a sign-in, under the
	 * same throttle and turns ({@link PasswordChecks}): a wrong one counts as a failed sign-in for the
	 * account and the address, and once they are blocked the check is refused. No transaction is held
	 * while hashing: one opens for the write only.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public void changeOwnPassword(long id, String currentPassword, String newPassword, Caller caller) {
		passwordPolicy.check("newPassword", newPassword);
		Account account = existing(id);
		String checkedHash = account.getPasswordHash();
		String newHash;
		try {
			newHash = passwordChecks.check(account.getUsername(), caller.address(), () -> {
				if (!passwordEncoder.matches(currentPassword, checkedHash)) {
					throw new BadCredentialsException("Wrong current password");
				}
				return passwordEncoder.encode(newPassword);
			});
		}
		catch (LoginThrottledException ex) {
			throw new AccountRuleException("currentPassword", "account.password.blocked");
		}
		catch (BadCredentialsException ex) {
			throw new AccountRuleException("currentPassword", "account.password.currentWrong");
		}
		transactions.executeWithoutResult(status -> {
			Account current = existing(id);
			// Changed by another of their sessions meanwhile: what was typed is no longer the current password.
			if (!current.getPasswordHash().equals(checkedHash)) {
				throw new AccountRuleException("currentPassword", "account.password.currentWrong");
			}
			current.changePasswordHash(newHash);
		});
		endSessions(account, caller.sessionId());
	}

	void recordLogin(String username) {
		repository.findByUsername(normalise(username)).ifPresent(account -> account.loggedIn(clock.instant()));
	}

	private Account existing(long id) {
		return repository.findById(id).orElseThrow(() -> new AccountRuleException("id", "account.notFound"));
	}

	private Country country(Role role, String countryCode) {
		if (role == Role.ADMINISTRATOR) {
			return null;
		}
		return countries.find(countryCode).orElseThrow(() -> new AccountRuleException("countryCode", "account.country.required"));
	}

	/**
	 * Refuses a change that would leave no active administrator. {@code administrators} are the active
	 * ones, locked by this transaction: two administrators disabling each other at the same moment take
	 * turns, and the second sees that the first is no longer active.
	 */
	private static void keepAnAdministrator(List<Long> administrators, long id, String field) {
		if (administrators.contains(id) && administrators.size() == 1) {
			throw new AccountRuleException(field, "account.lastAdministrator");
		}
	}

	/** Every instance shares the session store, so this ends the account's sessions everywhere. */
	private void endSessions(Account account) {
		endSessions(account, null);
	}

	/** The same, except the session {@code kept} (the one the person is using). */
	private void endSessions(Account account, String kept) {
		sessions.getAllSessions(account.getUsername(), false)
			.stream()
			.filter(session -> !session.getSessionId().equals(kept))
			.forEach(SessionInformation::expireNow);
	}

	private String checkedEmail(String email, long accountId) {
		String stripped = email == null ? "" : email.strip();
		if (stripped.isEmpty()) {
			throw new AccountRuleException("email", "account.email.required");
		}
		if (repository.emailTakenByAnother(stripped, accountId)) {
			throw new AccountRuleException("email", "account.email.taken");
		}
		return stripped;
	}

	private static String language(String language) {
		return "fr".equals(language) ? "fr" : "en";
	}

	private static String randomSecret() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return HexFormat.of().formatHex(secret);
	}

	static String normalise(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	/** Who asks, for a change to their own account: from which address, in which session. */
	public record Caller(String address, String sessionId) {
	}

	/** Someone to mail: where, in which language, by which name; the country they answer for, if any. */
	public record Recipient(String email, Locale language, String displayName, String countryCode) {

		static Recipient of(Account account) {
			return new Recipient(account.getEmail(), Locale.forLanguageTag(account.getLanguage()), account.getDisplayName(),
					account.getCountry() == null ? null : account.getCountry().getCode());
		}

	}

	/** What an administrator asks for when inviting someone to edit: the person sets the password. */
	public record Invitation(String username, String displayName, String email, String language, Role role,
			String countryCode) {
	}

	/** What an administrator (or the start-up) asks for when creating an account. */
	public record NewAccount(String username, String displayName, String password, Role role, String countryCode) {
	}

}
