package eu.smpcatalogue.caching;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What is expensive to read and the same for every reader (reference data, facet counts, statistics…),
 * kept in memory under the catalogue's current version. An edit on any instance changes the version, so
 * the next request everywhere misses and reads afresh; entries of older versions are never asked for
 * again and age out. Requests that ask at once for a value not yet known wait for the one request
 * reading it, rather than all reading it (request coalescing: the first reader after an edit pays, once).
 */
@Component
public class VersionedCache {

	private final CatalogueVersion version;

	/**
	 * About 100,000 rows' worth, a few tens of MB at most: lists and maps weigh their size. Asynchronous so
	 * that a value being read is already in the map, as a future that other requests wait for.
	 */
	private final AsyncCache<Key, Object> entries = Caffeine.newBuilder()
		.maximumWeight(100_000)
		.<Key, Object>weigher((key, value) -> 1 + weight(value))
		.expireAfterAccess(Duration.ofMinutes(30))
		.buildAsync();

	private final boolean enabled;

	/** {@code smp.cache.enabled=false} reads everything afresh: for measuring what the cache saves. */
	VersionedCache(CatalogueVersion version, @Value("${smp.cache.enabled:true}") boolean enabled) {
		this.version = version;
		this.enabled = enabled;
	}

	/**
	 * The value for this region and key at the current version, read with {@code loader} if not yet
	 * known. The key must hold everything the value depends on besides the data (language, filter…).
	 * While another request reads the same value, this one waits for it; if that read fails, so does this.
	 */
	public <T> T get(String region, Object key, Supplier<T> loader) {
		return getAtVersion(region, key, version -> loader.get());
	}

	/** As {@link #get}, for a loader that must know the version it reads for. */
	@SuppressWarnings("unchecked")
	public <T> T getAtVersion(String region, Object key, LongFunction<T> loader) {
		long current = version.current();
		if (!enabled) {
			return loader.apply(current);
		}
		Key versioned = new Key(current, region, key);
		// The loader runs on this thread, outside the map's own locking: loaders read other cached values,
		// which a computing Cache.get(key, loader) would forbid. A null value leaves the map by itself; a
		// failure is taken out and handed to those waiting as a value (Caffeine would log it as a warning).
		CompletableFuture<Object> mine = new CompletableFuture<>();
		CompletableFuture<Object> theirs = entries.asMap().putIfAbsent(versioned, mine);
		if (theirs != null) {
			return (T) await(theirs);
		}
		try {
			T value = loader.apply(current);
			mine.complete(value);
			return value;
		}
		catch (RuntimeException | Error ex) {
			entries.asMap().remove(versioned, mine);
			mine.complete(new Failure(ex));
			throw ex;
		}
	}

	private static Object await(CompletableFuture<Object> building) {
		Object value = building.join();
		if (value instanceof Failure failure) {
			if (failure.cause() instanceof Error error) {
				throw error;
			}
			throw (RuntimeException) failure.cause();
		}
		return value;
	}

	/** How a read failed, for those who waited for it. */
	private record Failure(Throwable cause) {
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
