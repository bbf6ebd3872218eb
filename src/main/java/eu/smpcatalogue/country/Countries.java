package eu.smpcatalogue.country;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hibernate.Hibernate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class Countries {

	private final CountryRepository repository;

	Countries(CountryRepository repository) {
		this.repository = repository;
	}

	/**
	 * The country with this code, in ISO 3166-1 alpha-2 or EMN usage (Greece: EL), in any letter case.
	 */
	public Optional<Country> find(String code) {
		return CountryCode.parse(code).flatMap(repository::findById).map(country -> {
			country.getSources().forEach(source -> Hibernate.initialize(source.document()));
			return country;
		});
	}

	/** Saves and flushes, so that the version check happens now and the new version is known. */
	@Transactional
	public Country save(Country country) {
		return repository.saveAndFlush(country);
	}

	/** The countries whose entry cites the source document with this key. */
	public List<Country> citing(String sourceKey) {
		return repository.findCiting(sourceKey);
	}

	public List<Country> all() {
		return repository.findAll();
	}

	public List<Country> allByName(Locale locale) {
		return repository.findAll()
			.stream()
			.sorted(Comparator.comparing((Country country) -> country.getName().in(locale), Collator.getInstance(locale)))
			.toList();
	}

}
