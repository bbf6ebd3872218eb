package eu.smpcatalogue.country;

import eu.smpcatalogue.source.SourceDocument;
import eu.smpcatalogue.source.SourceReference;
import eu.smpcatalogue.i18n.LocalizedText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.ListIndexBase;

/**
 * A country, by its ISO 3166-1 alpha-2 code, with its EMN answer: the entry a national contact point
 * maintains.
 */
@Entity
public class Country {

	@Id
	private String code;

	/** EMN's own code where it differs from ISO (Greece: EL). */
	@Column(name = "emn_code")
	private String emnCode;

	@AttributeOverride(name = "en", column = @Column(name = "name_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "name_fr"))
	private LocalizedText name;

	@Column(name = "eu_member")
	private boolean euMember;

	@Embedded
	private EmnAnswer emnAnswer;

	@ElementCollection
	@CollectionTable(name = "country_source", joinColumns = @JoinColumn(name = "country_code"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<SourceReference> sources = new ArrayList<>();

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Country() {
	}

	/** A contact point's (or an administrator's) new version of the country's answer. */
	public void reviseAnswer(EmnAnswer answer, Instant now) {
		this.emnAnswer = answer;
		this.updatedAt = now;
	}

	public String getCode() {
		return code;
	}

	public String getEmnCode() {
		return emnCode;
	}

	public LocalizedText getName() {
		return name;
	}

	public boolean isEuMember() {
		return euMember;
	}

	public EmnAnswer getEmnAnswer() {
		return emnAnswer;
	}

	public List<SourceReference> getSources() {
		return sources;
	}

	/**
	 * Cites {@code kept} wherever the country cited the document {@code merged} (an administrator merged the
	 * two), once only where the same place in it is now cited twice.
	 */
	public void replaceSourceDocument(String merged, SourceDocument kept) {
		List<SourceReference> replaced = new ArrayList<>();
		for (SourceReference reference : sources) {
			SourceReference now = reference.document().getKey().equals(merged)
					? new SourceReference(kept, reference.locator()) : reference;
			boolean repeated = replaced.stream()
				.anyMatch(earlier -> earlier.document().getKey().equals(now.document().getKey())
						&& Objects.equals(earlier.locator(), now.locator()));
			if (!repeated) {
				replaced.add(now);
			}
		}
		sources.clear();
		sources.addAll(replaced);
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

}
