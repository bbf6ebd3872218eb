package eu.smpcatalogue.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, Long> {

	Optional<Account> findByUsername(String username);

	Optional<Account> findById(Long id);

	List<Account> findAllByOrderByUsername();

	boolean existsByRoleAndEnabledTrue(Role role);

	/** The active administrators, locked until the end of the transaction (in one order, so never a deadlock). */
	@Query(value = "SELECT id FROM account WHERE role = 'ADMINISTRATOR' AND enabled ORDER BY id FOR UPDATE", nativeQuery = true)
	List<Long> lockActiveAdministrators();

	boolean existsByUsername(String username);

	/**
	 * The enabled accounts with an address that answer for one of these countries, and the administrators
	 * when {@code administrators} is set, who hear of corrections this often.
	 */
	@Query(value = """
			SELECT * FROM account WHERE enabled AND email IS NOT NULL AND correction_mail = :frequency
			AND ((role = 'CONTACT_POINT' AND country_code = ANY(CAST(:countries AS varchar[])))
			     OR (role = 'ADMINISTRATOR' AND :administrators))
			ORDER BY id""", nativeQuery = true)
	List<Account> reachableFor(String[] countries, boolean administrators, String frequency);

	@Query(value = "SELECT count(*) > 0 FROM account WHERE lower(email) = lower(:email) AND id <> :id", nativeQuery = true)
	boolean emailTakenByAnother(String email, long id);

	/** The enabled account with this username or e-mail address (any case), if it has an address to write to. */
	@Query(value = "SELECT * FROM account WHERE enabled AND email IS NOT NULL AND (username = lower(:name) OR lower(email) = lower(:name))",
			nativeQuery = true)
	Optional<Account> findReachable(String name);

	List<Account> findByEnabledTrueAndEmailNotNullAndCorrectionMailOrderById(MailFrequency frequency);

	Account save(Account account);

}
