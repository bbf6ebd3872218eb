package eu.smpcatalogue.partnership;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SectorRepository extends Repository<Sector, String> {

	List<Sector> findAllByOrderBySlug();

}
