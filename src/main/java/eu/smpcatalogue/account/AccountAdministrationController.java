package eu.smpcatalogue.account;

import java.util.Locale;

import eu.smpcatalogue.account.AccountForms.AccountForm;
import eu.smpcatalogue.account.AccountForms.NewAccountForm;
import eu.smpcatalogue.account.AccountForms.PasswordResetForm;
import eu.smpcatalogue.country.Countries;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage accounts: create, rename, assign a country, disable, reset a password. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdministrationController {

	private final Accounts accounts;

	private final Countries countries;

	AccountAdministrationController(Accounts accounts, Countries countries) {
		this.accounts = accounts;
		this.countries = countries;
	}

	@ModelAttribute
	void choices(Model model, Locale locale) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("countries", countries.allByName(locale));
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", accounts.all());
		if (!model.containsAttribute("newAccount")) {
			model.addAttribute("newAccount", NewAccountForm.empty());
		}
		return "account/list";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("newAccount") NewAccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Account account = accounts.invite(new Accounts.Invitation(form.username(), form.displayName(),
						form.email(), form.language(), form.role(), form.countryCode()));
				redirect.addFlashAttribute("message", "account.invited");
				return "redirect:/admin/accounts/" + account.getId();
			}
			catch (AccountRuleException ex) {
				result.rejectValue(ex.field(), ex.code());
			}
		}
		model.addAttribute("accounts", accounts.all());
		return "account/list";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Account account = existing(id);
		model.addAttribute("account", account);
		if (!model.containsAttribute("accountForm")) {
			model.addAttribute("accountForm", AccountForm.of(account));
		}
		model.addAttribute("passwordReset", new PasswordResetForm(""));
		return "account/edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("accountForm") AccountForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Account account = existing(id);
		if (!result.hasErrors()) {
			try {
				accounts.update(id, form.displayName(), form.email(), form.language(), form.role(), form.countryCode());
				redirect.addFlashAttribute("message", "account.updated");
				return "redirect:/admin/accounts/" + id;
			}
			catch (AccountRuleException ex) {
				result.rejectValue(ex.field(), ex.code());
				refused(ex, response);
			}
		}
		model.addAttribute("account", account);
		model.addAttribute("passwordReset", new PasswordResetForm(""));
		return "account/edit";
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Account account = existing(id);
		try {
			accounts.disable(id);
		}
		catch (AccountRuleException ex) {
			refused(ex, response);
			model.addAttribute("stateError", ex.code());
			model.addAttribute("account", account);
			model.addAttribute("accountForm", AccountForm.of(account));
			model.addAttribute("passwordReset", new PasswordResetForm(""));
			return "account/edit";
		}
		redirect.addFlashAttribute("message", "account.disabled");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		existing(id);
		accounts.enable(id);
		redirect.addFlashAttribute("message", "account.enabled");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordReset") PasswordResetForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Account account = existing(id);
		if (!result.hasErrors()) {
			try {
				accounts.resetPassword(id, form.password());
				redirect.addFlashAttribute("message", "account.passwordReset");
				return "redirect:/admin/accounts/" + id;
			}
			catch (AccountRuleException ex) {
				result.rejectValue("password", ex.code());
			}
		}
		model.addAttribute("account", account);
		model.addAttribute("accountForm", AccountForm.of(account));
		return "account/edit";
	}

	/** The last active administrator stays one: the change conflicts with the accounts as they are. */
	private static void refused(AccountRuleException ex, HttpServletResponse response) {
		if (ex.code().equals("account.lastAdministrator")) {
			response.setStatus(HttpStatus.CONFLICT.value());
		}
	}

	private Account existing(long id) {
		return accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
