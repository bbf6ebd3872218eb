package eu.smpcatalogue.system;

import eu.smpcatalogue.SmpCatalogueApplication;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * The repositories' declared queries go to Hibernate as written. Spring Data would otherwise parse each of
 * them again with its own HQL grammar at start-up, only to be able to add a sort or a page to it, which
 * none of them is asked for: that took a quarter of the start-up's main thread (docs/performance.md).
 * Hibernate still parses and checks every declared query when the repositories are created.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = SmpCatalogueApplication.class,
		queryEnhancerSelector = RepositoryConfiguration.QueriesAsWritten.class)
class RepositoryConfiguration {

	/** The simple (pattern-based) enhancer for declared JPQL and native SQL alike. */
	public static class QueriesAsWritten extends QueryEnhancerSelector.DefaultQueryEnhancerSelector {

		public QueriesAsWritten() {
			super(QueryEnhancerFactories.fallback(), QueryEnhancerFactories.fallback());
		}

	}

}
