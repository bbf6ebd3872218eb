package eu.smpcatalogue.caching;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What is expensive to read and the same for every reader (reference data, facet counts, statistics…),
 * kept in memory under the catalogue's current version. An edit on any instance changes the version, so
 * the next request everywhere misses and reads afresh; entries of older versions are never asked for
 * again and age out.
 */
@Component
public class VersionedCache {

	private final CatalogueVersion version;

	/** About 100,000 rows' worth, a few tens of MB at most: lists and maps weigh their size. */
	private final Cache<Key, Object> entries = Caffeine.newBuilder()
		.maximumWeight(100_000)
		.<Key, Object>weigher((key, value) -> 1 + weight(value))
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	private final boolean enabled;

	/** {@code smp.cache.enabled=false} reads everything afresh: for measuring what the cache saves. */
	VersionedCache(CatalogueVersion version, @Value("${smp.cache.enabled:true}") boolean enabled) {
		this.version = version;
		this.enabled = enabled;
	}

	/**
	 * The value for this region and key at the current version, read with {@code loader} if not yet
	 * known. The key must hold everything the value depends on besides the data (language, filter…).
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(String region, Object key, Supplier<T> loader) {
		if (!enabled) {
			return loader.get();
		}
		Key versioned = new Key(version.current(), region, key);
		// Not Cache.get(key, loader): loaders read other cached values, and Caffeine forbids nested loads.
		T value = (T) entries.getIfPresent(versioned);
		if (value == null) {
			value = loader.get();
			entries.put(versioned, value);
		}
		return value;
	}

	private static int weight(Object value) {
		if (value instanceof Sized sized) {
			return sized.size();
		}
		if (value instanceof Collection<?> collection) {
			return collection.size();
		}
		return value instanceof Map<?, ?> map ? map.size() : 0;
	}

	/** A cached value that tells how many rows it holds (others weigh one). */
	public interface Sized {

		int size();

	}

	private record Key(long version, String region, Object key) {
	}

}
