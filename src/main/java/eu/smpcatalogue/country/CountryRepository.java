package eu.smpcatalogue.country;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CountryRepository extends JpaRepository<Country, String> {

	Optional<Country> findById(String code);

	List<Country> findAll();

	Country saveAndFlush(Country country);

	@Query("select c from Country c where exists (select 1 from c.sources s where s.document.key = :key) order by c.code")
	List<Country> findCiting(@Param("key") String sourceKey);

}
