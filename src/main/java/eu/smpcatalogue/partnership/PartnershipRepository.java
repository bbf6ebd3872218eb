package eu.smpcatalogue.partnership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;

interface PartnershipRepository extends JpaRepository<Partnership, Long> {

	Optional<Partnership> findBySlugAndRetiredFalse(String slug);

	@Query("select p.slug from Partnership p where exists (select 1 from p.involvements i where i.organisation.slug = :slug) order by p.slug")
	List<String> findSlugsInvolving(@Param("slug") String organisationSlug);

	@Query("""
			select p.slug from Partnership p where exists (select 1 from p.sources s where s.document.key = :key)
			or exists (select 1 from p.figures f where f.source.key = :key)
			or exists (select 1 from p.involvements i where i.source.key = :key) order by p.slug""")
	List<String> findSlugsCiting(@Param("key") String sourceKey);

	/** With the places a summary shows, in the same statement (as in every query for summaries). */
	@Query("""
			select distinct p from Partnership p left join fetch p.destinationCountries left join fetch p.destinationRegions
			left join fetch p.originCountries left join fetch p.originRegions
			where p.retired = false and exists (select 1 from p.destinationCountries c where c.code = :code)""")
	List<Partnership> findWithDestination(@Param("code") String code);

	@Query("""
			select distinct p from Partnership p left join fetch p.destinationCountries left join fetch p.destinationRegions
			left join fetch p.originCountries left join fetch p.originRegions
			where p.retired = false and exists (select 1 from p.originCountries c where c.code = :code)""")
	List<Partnership> findWithOrigin(@Param("code") String code);

	// Loading partnerships for display: a fixed number of statements whatever their number, each
	// fetching a few of the collections (sets and indexed lists, so their rows multiply only a little).

	@Query("""
			select distinct p from Partnership p left join fetch p.destinationCountries left join fetch p.destinationRegions
			left join fetch p.originCountries left join fetch p.originRegions left join fetch p.sectors
			left join fetch p.reportingCountry left join fetch p.partOf where p.id in :ids""")
	List<Partnership> fetchPlacesAndSectors(@Param("ids") Collection<Long> ids);

	@Query("""
			select distinct p from Partnership p left join fetch p.involvements i left join fetch i.organisation left join fetch i.source
			left join fetch p.catalogueLinks left join fetch p.alternativeNames where p.id in :ids""")
	List<Partnership> fetchActorsAndNames(@Param("ids") Collection<Long> ids);

	@Query("select distinct p from Partnership p left join fetch p.elements where p.id in :ids")
	List<Partnership> fetchElements(@Param("ids") Collection<Long> ids);

	@Query("""
			select distinct p from Partnership p left join fetch p.figures f left join fetch f.source
			left join fetch p.sources s left join fetch s.document where p.id in :ids""")
	List<Partnership> fetchFiguresAndSources(@Param("ids") Collection<Long> ids);

	@Query("select distinct p from Partnership p left join fetch p.parts where p.id in :ids")
	List<Partnership> fetchParts(@Param("ids") Collection<Long> ids);

	/**
	 * Partnerships of the same programme (its parts, its parent, its siblings) or between the same
	 * countries (at least one destination and one origin in common): the programme first, then by name.
	 */
	@Query("""
			select p.id from Partnership p
			where p.retired = false and p.id <> :#{#partnership.id}
			  and (p.partOf = :partnership
			       or p = :#{#partnership.partOf}
			       or (p.partOf is not null and p.partOf = :#{#partnership.partOf})
			       or (exists (select 1 from p.destinationCountries d where d in :destinations)
			           and exists (select 1 from p.originCountries o where o in :origins)))
			order by case when p.partOf = :partnership or p = :#{#partnership.partOf}
			                   or (p.partOf is not null and p.partOf = :#{#partnership.partOf}) then 0 else 1 end,
			         lower(p.name.en), p.id""")
	List<Long> findRelatedIds(@Param("partnership") Partnership partnership,
			@Param("destinations") Collection<?> destinations, @Param("origins") Collection<?> origins, Limit limit);

	@Query("""
			select distinct p from Partnership p left join fetch p.destinationCountries left join fetch p.destinationRegions
			left join fetch p.originCountries left join fetch p.originRegions
			left join fetch p.elements left join fetch p.figures
			where p.id in :ids""")
	List<Partnership> findWithPlaces(@Param("ids") Collection<Long> ids);

	long countByRetiredFalse();

	@Query("select p.slug from Partnership p where p.partOf = :programme and p.retired = false order by p.slug")
	List<String> findPublishedPartSlugs(@Param("programme") Partnership programme);

	/** The slug of the programme an entry is linked to, retired or not. */
	@Query("select p.partOf.slug from Partnership p where p.slug = :slug")
	Optional<String> findPartOfSlug(@Param("slug") String slug);

	Optional<Partnership> findBySlug(String slug);

	List<Partnership> findBySlugInAndRetiredFalse(Collection<String> slugs);

	@Query("select new eu.smpcatalogue.partnership.Partnerships$Named(p.id, p.slug, p.name, p.retired) from Partnership p where p.id in :ids")
	List<Partnerships.Named> findNames(@Param("ids") Collection<Long> ids);

	@Query("select new eu.smpcatalogue.partnership.Partnerships$Named(p.id, p.slug, p.name, p.retired) from Partnership p where p.slug = :slug")
	Optional<Partnerships.Named> findName(@Param("slug") String slug);

	boolean existsBySlug(String slug);

	List<Partnership> findByRetiredTrueOrderBySlug();

	Partnership saveAndFlush(Partnership partnership);

	/** The partnership an old slug, from before an administrator changed it, now points to. */
	@Query(value = "SELECT p.slug FROM partnership_slug_alias a JOIN partnership p ON p.id = a.partnership_id WHERE a.slug = :slug",
			nativeQuery = true)
	Optional<String> findSlugForAlias(@Param("slug") String slug);

	@Modifying
	@Query(value = "INSERT INTO partnership_slug_alias (slug, partnership_id) VALUES (:slug, :id) ON CONFLICT (slug) DO UPDATE SET partnership_id = :id",
			nativeQuery = true)
	void addAlias(@Param("slug") String slug, @Param("id") long partnershipId);

}
