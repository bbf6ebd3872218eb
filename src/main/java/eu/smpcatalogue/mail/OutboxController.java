package eu.smpcatalogue.mail;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Administrators read what the catalogue has mailed, or kept for want of a mail server. */
@Controller
class OutboxController {

	private final Outbox outbox;

	OutboxController(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/outbox")
	String list(Model model) {
		model.addAttribute("mails", outbox.latest(200));
		return "mail/outbox";
	}

	@GetMapping("/admin/outbox/{mail}")
	String show(@PathVariable("mail") long id, Model model) {
		model.addAttribute("mail", outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "mail/posted";
	}

}
