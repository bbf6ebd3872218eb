package eu.smpcatalogue.account;

import eu.smpcatalogue.account.AccountForms.ForgottenPasswordForm;
import eu.smpcatalogue.account.AccountForms.NewPasswordForm;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Choosing a password without an administrator passing one on: from an invitation, or after asking for a
 * link because it was forgotten. Open to anyone; what the answers say never tells whether an account exists.
 */
@Controller
class PasswordLinkController {

	private final Accounts accounts;

	PasswordLinkController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/forgotten-password")
	String forgotten(Model model) {
		model.addAttribute("forgottenPassword", new ForgottenPasswordForm(""));
		model.addAttribute("sent", false);
		return "account/forgotten-password";
	}

	/** The same answer whether or not an account matches, and whether or not a link was sent just now. */
	@PostMapping("/forgotten-password")
	String sendLink(@Valid @ModelAttribute("forgottenPassword") ForgottenPasswordForm form, BindingResult result,
			Model model) {
		if (result.hasErrors()) {
			model.addAttribute("sent", false);
			return "account/forgotten-password";
		}
		accounts.sendPasswordLink(form.name());
		model.addAttribute("forgottenPassword", new ForgottenPasswordForm(""));
		model.addAttribute("sent", true);
		return "account/forgotten-password";
	}

	@GetMapping("/password-links/{token}")
	String choose(@PathVariable String token, Model model, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return accounts.ofPasswordLink(token).map(account -> {
			model.addAttribute("account", account);
			model.addAttribute("token", token);
			model.addAttribute("newPassword", NewPasswordForm.empty());
			return "account/password-link";
		}).orElseGet(() -> closed(response));
	}

	@PostMapping("/password-links/{token}")
	String set(@PathVariable String token, @Valid @ModelAttribute("newPassword") NewPasswordForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		var account = accounts.ofPasswordLink(token);
		if (account.isEmpty()) {
			return closed(response);
		}
		if (!result.hasErrors() && !form.password().equals(form.confirmation())) {
			result.rejectValue("confirmation", "account.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				if (accounts.setPasswordWithLink(token, form.password()).isPresent()) {
					return "redirect:/login?passwordSet";
				}
				return closed(response);
			}
			catch (AccountRuleException ex) {
				result.rejectValue("password", ex.code());
			}
		}
		model.addAttribute("account", account.get());
		model.addAttribute("token", token);
		return "account/password-link";
	}

	/** Used, expired or never issued: the same page, so that a guessed token learns nothing. */
	private static String closed(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "account/password-link-closed";
	}

}
