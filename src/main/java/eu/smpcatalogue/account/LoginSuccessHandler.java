package eu.smpcatalogue.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Remembers when each person last signed in, and clears their failed attempts. */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final Accounts accounts;

	private final LoginThrottle throttle;

	LoginSuccessHandler(Accounts accounts, LoginThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
		setDefaultTargetUrl("/account");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		accounts.recordLogin(authentication.getName());
		throttle.recordSuccess(authentication.getName());
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
