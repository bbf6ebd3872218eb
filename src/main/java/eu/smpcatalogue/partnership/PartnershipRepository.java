package eu.smpcatalogue.partnership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface PartnershipRepository extends Repository<Partnership, Long> {

	Optional<Partnership> findBySlugAndRetiredFalse(String slug);

	@Query("""
			select distinct p from Partnership p join p.destinationCountries c
			where c.code = :code and p.retired = false""")
	List<Partnership> findWithDestination(@Param("code") String code);

	@Query("""
			select distinct p from Partnership p join p.originCountries c
			where c.code = :code and p.retired = false""")
	List<Partnership> findWithOrigin(@Param("code") String code);

	/**
	 * Partnerships of the same programme (its parts, its parent, its siblings) or between the same
	 * countries: at least one destination and one origin in common.
	 */
	@Query("""
			select p from Partnership p
			where p.retired = false and p.id <> :#{#partnership.id}
			  and (p.partOf = :partnership
			       or p = :#{#partnership.partOf}
			       or (p.partOf is not null and p.partOf = :#{#partnership.partOf})
			       or (exists (select 1 from p.destinationCountries d where d in :destinations)
			           and exists (select 1 from p.originCountries o where o in :origins)))""")
	List<Partnership> findRelated(@Param("partnership") Partnership partnership,
			@Param("destinations") Collection<?> destinations, @Param("origins") Collection<?> origins);

	long countByRetiredFalse();

}
