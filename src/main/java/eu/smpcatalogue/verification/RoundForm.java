package eu.smpcatalogue.verification;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A round as an administrator opens it: a name (either language), a deadline, the countries asked. Text only,
 * so that no value sent fails to bind: the deadline is read by {@link #deadlineDate()}.
 */
record RoundForm(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 40) String deadline,
		@NotEmpty(message = "{round.countries.required}") List<String> countries) {

	RoundForm {
		countries = countries == null ? List.of() : countries.stream().filter(code -> code != null && !code.isBlank()).toList();
	}

	static RoundForm empty() {
		return new RoundForm("", "", List.of());
	}

	/** The deadline as the date field sends it (ISO, 2027-03-31), if it is one. */
	Optional<LocalDate> deadlineDate() {
		try {
			return deadline == null ? Optional.empty() : Optional.of(LocalDate.parse(deadline.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** A country offered in the form's checkbox list. */
	record CountryChoice(String code, String label) {
	}

}
