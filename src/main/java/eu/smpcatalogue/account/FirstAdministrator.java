package eu.smpcatalogue.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from the environment ({@code SMP_ADMIN_USERNAME},
 * {@code SMP_ADMIN_PASSWORD}, optionally {@code SMP_ADMIN_NAME}) when no administrator exists. There is
 * no built-in default password.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final String username;

	private final String password;

	private final String name;

	FirstAdministrator(Accounts accounts, @Value("${smp.admin.username:}") String username,
			@Value("${smp.admin.password:}") String password, @Value("${smp.admin.name:Administrator}") String name) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
		this.name = name;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (accounts.administratorExists()) {
			return;
		}
		if (username.isBlank() || password.isBlank()) {
			log.warn("No administrator exists: set SMP_ADMIN_USERNAME and SMP_ADMIN_PASSWORD to create the first one");
			return;
		}
		accounts.create(new Accounts.NewAccount(username, name, password, Role.ADMINISTRATOR, null));
		log.info("Created the first administrator '{}' from the environment", Accounts.normalise(username));
	}

}
