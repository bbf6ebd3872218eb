package eu.smpcatalogue.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, Long> {

	Optional<Account> findByUsername(String username);

	Optional<Account> findById(Long id);

	List<Account> findAllByOrderByUsername();

	boolean existsByRoleAndEnabledTrue(Role role);

	boolean existsByUsername(String username);

	Account save(Account account);

}
