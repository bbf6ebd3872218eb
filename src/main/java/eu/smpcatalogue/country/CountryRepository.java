package eu.smpcatalogue.country;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CountryRepository extends Repository<Country, String> {

	Optional<Country> findById(String code);

	List<Country> findAll();

}
