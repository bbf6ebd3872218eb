package eu.smpcatalogue.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface OrganisationRepository extends Repository<Organisation, String> {

	/** With their countries, which lists of organisations show. */
	@EntityGraph(attributePaths = "country")
	List<Organisation> findAllByOrderBySlug();

	Optional<Organisation> findById(String slug);

	@EntityGraph(attributePaths = "country")
	Optional<Organisation> findWithCountryBySlug(String slug);

	boolean existsById(String slug);

	Organisation saveAndFlush(Organisation organisation);

	void delete(Organisation organisation);

	void flush();

}
