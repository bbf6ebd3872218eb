package eu.smpcatalogue.export;

import java.util.List;
import java.util.function.Consumer;

import eu.smpcatalogue.partnership.Partnership;
import eu.smpcatalogue.partnership.Partnerships;

import org.springframework.stereotype.Component;

/**
 * A selection's partnerships for a download, read a page at a time: each page is loaded in full (a fixed
 * number of statements, {@link Partnerships#findPublished(List)}) in its own transaction, handed on and
 * let go before the next, so that a download of 100,000 entries holds no more than one page of them.
 * A partnership retired while the download runs is left out.
 */
@Component
class PartnershipPages {

	static final int SIZE = 500;

	private final Partnerships partnerships;

	PartnershipPages(Partnerships partnerships) {
		this.partnerships = partnerships;
	}

	/** Each published partnership of {@code slugs}, in their order. */
	void forEach(List<String> slugs, Consumer<Partnership> action) {
		forEachPage(slugs, page -> page.forEach(action));
	}

	/** The published partnerships of {@code slugs}, in their order, a page at a time. */
	void forEachPage(List<String> slugs, Consumer<List<Partnership>> action) {
		for (int from = 0; from < slugs.size(); from += SIZE) {
			action.accept(partnerships.findPublished(slugs.subList(from, Math.min(slugs.size(), from + SIZE))));
		}
	}

}
