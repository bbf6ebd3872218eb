package eu.smpcatalogue.account;

import java.util.Arrays;

import eu.smpcatalogue.account.AccountForms.PasswordChangeForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Signing in, and each person's own account: when they last signed in, and their password. */
@Controller
class AccountController {

	private final Accounts accounts;

	AccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login() {
		return "account/login";
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal Editor editor, Model model) {
		model.addAttribute("account", accounts.find(editor.accountId()).orElseThrow());
		model.addAttribute("mailFrequencies", MailFrequency.values());
		if (!model.containsAttribute("passwordChange")) {
			model.addAttribute("passwordChange", PasswordChangeForm.empty());
		}
		return "account/show";
	}

	/** How the person hears of suggested corrections: a mail each, or a daily digest. */
	@PostMapping("/account/mail")
	String mailPreferences(@AuthenticationPrincipal Editor editor, @RequestParam(required = false) String correctionMail,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var frequency = Arrays.stream(MailFrequency.values()).filter(value -> value.name().equals(correctionMail)).findFirst();
		if (frequency.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("mailError", "account.mail.unknown");
			return account(editor, model);
		}
		accounts.hearOfCorrections(editor.accountId(), frequency.get());
		redirect.addFlashAttribute("message", "account.mail.saved");
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal Editor editor,
			@Valid @ModelAttribute("passwordChange") PasswordChangeForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("confirmation") && !form.newPassword().equals(form.confirmation())) {
			result.rejectValue("confirmation", "account.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				accounts.changeOwnPassword(editor.accountId(), form.currentPassword(), form.newPassword(),
						new Accounts.Caller(request.getRemoteAddr(), request.getSession().getId()));
				redirect.addFlashAttribute("message", "account.password.changed");
				return "redirect:/account";
			}
			catch (AccountRuleException ex) {
				result.rejectValue(ex.field(), ex.code());
				if (ex.code().equals("account.password.blocked")) {
					response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				}
			}
		}
		model.addAttribute("account", accounts.find(editor.accountId()).orElseThrow());
		model.addAttribute("mailFrequencies", MailFrequency.values());
		return "account/show";
	}

}
