package eu.smpcatalogue.partnership;

import java.util.List;

import org.springframework.data.repository.Repository;

interface OrganisationRepository extends Repository<Organisation, String> {

	List<Organisation> findAllByOrderBySlug();

}
