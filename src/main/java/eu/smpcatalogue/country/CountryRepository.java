package eu.smpcatalogue.country;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CountryRepository extends JpaRepository<Country, String> {

	Optional<Country> findById(String code);

	List<Country> findAll();

	Country saveAndFlush(Country country);

}
