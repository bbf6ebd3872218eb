package eu.smpcatalogue.partnership;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The regions, sectors and organisations an editor can choose from. */
@Service
@Transactional(readOnly = true)
public class Vocabularies {

	private final RegionRepository regions;

	private final SectorRepository sectors;

	private final OrganisationRepository organisations;

	Vocabularies(RegionRepository regions, SectorRepository sectors,
			OrganisationRepository organisations) {
		this.regions = regions;
		this.sectors = sectors;
		this.organisations = organisations;
	}

	public List<Region> regions() {
		return regions.findAllByOrderBySlug();
	}

	public List<Sector> sectors() {
		return sectors.findAllByOrderBySlug();
	}

	public List<Organisation> organisations() {
		return organisations.findAllByOrderBySlug();
	}

}
