package eu.smpcatalogue.reliability;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.smpcatalogue.TestDatabase;
import eu.smpcatalogue.account.Accounts;
import eu.smpcatalogue.account.Editor;
import eu.smpcatalogue.account.TestEditors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many people saving at once, through the real server and its forms (each with a signed-in session and
 * a CSRF token): a save from a stale version never overwrites a newer one, every save confirmed to its
 * author is kept, and the history holds exactly one revision per save, with its author and time.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class ConcurrentEditingTest {

	static final String COUNTRY = "SI";

	static final int EDITORS = 8;

	static final int SAVES_PER_EDITOR = 200;

	/** Partnerships the editors share, besides their country's entry: enough that not every save conflicts. */
	static final int PARTNERSHIPS = 15;

	/** What each save appends to the text it loaded: which editor and which of their saves. */
	static final Pattern MARKER = Pattern.compile("#e(\\d+)s(\\d+)");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twentySavesFromTheSameVersionCommitExactlyOnce() throws Exception {
		Entry entry = newPartnership(signedIn(TestEditors.contactPoint(accounts, COUNTRY)), "Twenty at once");
		long versionBefore = version(entry);
		long revisionsBefore = revisionCount(entry);
		// Five people with four tabs each, every tab holding the same version.
		List<Editor> editors = new ArrayList<>();
		List<Browser.Form> forms = new ArrayList<>();
		for (int person = 0; person < 5; person++) {
			Editor editor = TestEditors.contactPoint(accounts, COUNTRY);
			Browser browser = signedIn(editor);
			for (int tab = 0; tab < 4; tab++) {
				editors.add(editor);
				forms.add(browser.open(entry.editPath(), entry.editPath()).set(entry.field(), "Saved from tab " + forms.size()));
			}
		}
		assertThat(forms).allMatch(form -> form.get("version").equals(Long.toString(versionBefore)));

		CountDownLatch go = new CountDownLatch(1);
		List<Callable<HttpResponse<String>>> saves = forms.stream().<Callable<HttpResponse<String>>>map(form -> () -> {
			go.await();
			return form.submit();
		}).toList();
		List<HttpResponse<String>> answers = runAll(saves, go);

		List<Integer> committed = new ArrayList<>();
		for (int i = 0; i < answers.size(); i++) {
			if (answers.get(i).statusCode() == 302) {
				committed.add(i);
			}
			else {
				assertThat(isConflict(answers.get(i))).as("answer %d: %s", i, answers.get(i).statusCode()).isTrue();
			}
		}
		assertThat(committed).hasSize(1);
		int winner = committed.get(0);
		assertThat(text(entry)).isEqualTo("Saved from tab " + winner);
		assertThat(version(entry)).isEqualTo(versionBefore + 1);
		assertThat(revisionCount(entry)).isEqualTo(revisionsBefore + 1);
		assertThat(revisionsAfter(entry, versionBefore)).singleElement()
			.satisfies(revision -> assertThat(revision.authorId()).isEqualTo(editors.get(winner).accountId()));
	}

	@Test
	void eightEditorsSavingTwoHundredTimesLoseNothing() throws Exception {
		Browser creator = signedIn(TestEditors.contactPoint(accounts, COUNTRY));
		List<Entry> entries = new ArrayList<>();
		for (int i = 1; i <= PARTNERSHIPS; i++) {
			entries.add(newPartnership(creator, "Busy partnership " + i));
		}
		entries.add(new Entry("COUNTRY", COUNTRY, "/countries/" + COUNTRY + "/edit", "narrativeEn", "country",
				"emn_narrative_en", "code"));
		Map<Entry, Long> baseline = new HashMap<>();
		entries.forEach(entry -> baseline.put(entry, version(entry)));
		List<Editor> editors = new ArrayList<>();
		List<Browser> browsers = new ArrayList<>();
		for (int i = 0; i < EDITORS; i++) {
			editors.add(TestEditors.contactPoint(accounts, COUNTRY));
			browsers.add(signedIn(editors.get(i)));
		}

		List<Save> confirmed = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger conflicts = new AtomicInteger();
		CountDownLatch go = new CountDownLatch(1);
		List<Callable<Void>> work = new ArrayList<>();
		for (int e = 0; e < EDITORS; e++) {
			int editor = e;
			Random random = new Random(editor);
			work.add(() -> {
				go.await();
				for (int save = 0; save < SAVES_PER_EDITOR; save++) {
					Entry entry = entries.get(random.nextInt(entries.size()));
					String marker = "#e" + editor + "s" + save;
					// Load, append this save's marker to what was loaded, save; on a conflict load again.
					while (true) {
						Browser.Form form = browsers.get(editor).open(entry.editPath(), entry.editPath());
						String loaded = Objects.toString(form.get(entry.field()), "").strip();
						HttpResponse<String> answer = form.set(entry.field(), (loaded + " " + marker).strip()).submit();
						if (answer.statusCode() == 302) {
							confirmed.add(new Save(entry, marker));
							break;
						}
						assertThat(isConflict(answer)).as("answer to %s: %s", marker, answer.statusCode()).isTrue();
						conflicts.incrementAndGet();
					}
				}
				return null;
			});
		}
		Instant start = Instant.now();
		runAll(work, go);
		Instant end = Instant.now();

		assertThat(confirmed).hasSize(EDITORS * SAVES_PER_EDITOR);
		for (Entry entry : entries) {
			List<String> confirmedHere = confirmed.stream().filter(save -> save.entry() == entry).map(Save::marker).toList();
			// Nothing lost, nothing saved twice, nothing saved that its author was told had failed.
			assertThat(markers(text(entry))).as(entry.key()).doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(confirmedHere);
			assertThat(version(entry)).isEqualTo(baseline.get(entry) + confirmedHere.size());

			// One revision per save, each adding exactly its own marker to the one before, by its author.
			List<Revision> revisions = revisionsAfter(entry, baseline.get(entry));
			assertThat(revisions).hasSameSizeAs(confirmedHere);
			List<String> previous = List.of();
			for (int i = 0; i < revisions.size(); i++) {
				Revision revision = revisions.get(i);
				assertThat(revision.version()).isEqualTo(baseline.get(entry) + i + 1);
				assertThat(revision.action()).isEqualTo("EDITED");
				List<String> now = markers(revision.text());
				assertThat(now).hasSize(previous.size() + 1);
				assertThat(now.subList(0, previous.size())).isEqualTo(previous);
				Matcher added = MARKER.matcher(now.get(now.size() - 1));
				assertThat(added.matches()).isTrue();
				assertThat(revision.authorId()).isEqualTo(editors.get(Integer.parseInt(added.group(1))).accountId());
				assertThat(revision.authorName()).isNotBlank();
				assertThat(revision.madeAt()).isBetween(start.minusSeconds(1), end.plusSeconds(1));
				previous = now;
			}
		}
		double seconds = Duration.between(start, end).toMillis() / 1000.0;
		System.out.printf("Concurrent editing: %d editors × %d saves on %d entries: %d saves confirmed, "
				+ "%d conflicts reloaded and retried, 0 lost, in %.1f s (%.0f saves/s)%n", EDITORS, SAVES_PER_EDITOR,
				entries.size(), confirmed.size(), conflicts.get(), seconds, confirmed.size() / seconds);
	}

	private Browser signedIn(Editor editor) {
		return new Browser(port).signIn(editor.getUsername(), TestEditors.PASSWORD);
	}

	private Entry newPartnership(Browser browser, String name) {
		String slug = browser.newPartnership(name, COUNTRY, "CV");
		String id = jdbc.sql("SELECT id::text FROM partnership WHERE slug = ?").param(slug).query(String.class).single();
		return new Entry("PARTNERSHIP", id, "/partnerships/" + slug + "/edit", "descriptionEn", "partnership",
				"description_en", "id::text");
	}

	private static boolean isConflict(HttpResponse<String> answer) {
		return answer.statusCode() == 409 && !Jsoup.parse(answer.body()).select(".conflict").isEmpty();
	}

	private static List<String> markers(String text) {
		List<String> markers = new ArrayList<>();
		Matcher matcher = MARKER.matcher(text == null ? "" : text);
		while (matcher.find()) {
			markers.add(matcher.group());
		}
		return markers;
	}

	private String text(Entry entry) {
		return jdbc.sql("SELECT " + entry.column() + " FROM " + entry.table() + " WHERE " + entry.keyColumn() + " = ?")
			.param(entry.key())
			.query(String.class)
			.single();
	}

	private long version(Entry entry) {
		return jdbc.sql("SELECT version FROM " + entry.table() + " WHERE " + entry.keyColumn() + " = ?")
			.param(entry.key())
			.query(Long.class)
			.single();
	}

	private long revisionCount(Entry entry) {
		return jdbc.sql("SELECT count(*) FROM revision WHERE entry_type = ? AND entry_key = ?")
			.params(entry.type(), entry.key())
			.query(Long.class)
			.single();
	}

	private List<Revision> revisionsAfter(Entry entry, long version) {
		return jdbc.sql("""
				SELECT entry_version, action, author_id, author_name, made_at, snapshot ->> ? AS text FROM revision
				WHERE entry_type = ? AND entry_key = ? AND entry_version > ? ORDER BY entry_version""")
			.params(entry.field(), entry.type(), entry.key(), version)
			.query((row, n) -> new Revision(row.getLong("entry_version"), row.getString("action"), row.getLong("author_id"),
					row.getString("author_name"), row.getTimestamp("made_at").toInstant(), row.getString("text")))
			.list();
	}

	private static <T> List<T> runAll(List<Callable<T>> tasks, CountDownLatch go) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
		try {
			List<Future<T>> futures = tasks.stream().map(threads::submit).toList();
			go.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** An entry, where its form is, which field the saves append to, and where that field is stored. */
	private record Entry(String type, String key, String editPath, String field, String table, String column,
			String keyColumn) {
	}

	private record Save(Entry entry, String marker) {
	}

	private record Revision(long version, String action, long authorId, String authorName, Instant madeAt, String text) {
	}

}
