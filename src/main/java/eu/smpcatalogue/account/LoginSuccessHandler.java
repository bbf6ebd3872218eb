package eu.smpcatalogue.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Remembers when each person last signed in (their failed attempts are cleared by {@link PasswordChecks}). */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final Accounts accounts;

	LoginSuccessHandler(Accounts accounts) {
		this.accounts = accounts;
		setDefaultTargetUrl("/account");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		accounts.recordLogin(authentication.getName());
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
