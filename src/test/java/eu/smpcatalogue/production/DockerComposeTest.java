package eu.smpcatalogue.production;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot run here (no Docker engine), so it is read: its structure as the Compose
 * specification wants it, every variable it reads documented in .env.example and every one documented
 * there used, and every setting it hands the catalogue a real configuration property.
 */
class DockerComposeTest {

	private static final Path COMPOSE = Path.of("docker-compose.yml");

	private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Z0-9_]+)");

	@Test
	void postgresIsPinnedKeptInAVolumeAndHealthCheckedAndTheAppWaitsForIt() throws IOException {
		Map<String, Object> services = map(compose().get("services"));
		Map<String, Object> db = map(services.get("db"));
		assertThat((String) db.get("image")).matches("postgres:\\d+");
		assertThat((List<?>) db.get("volumes")).singleElement().asString().startsWith("db-data:");
		assertThat(map(compose().get("volumes"))).containsKey("db-data");
		assertThat(map(db.get("healthcheck"))).containsKey("test");

		Map<String, Object> app = map(services.get("app"));
		assertThat(map(map(app.get("depends_on")).get("db"))).containsEntry("condition", "service_healthy");
		assertThat(Path.of((String) map(app.get("build")).get("dockerfile"))).isRegularFile();
		assertThat(map(app.get("healthcheck"))).containsKey("test");

		Map<String, Object> proxy = map(services.get("proxy"));
		assertThat(proxy.get("profiles")).isEqualTo(List.of("proxy"));
		assertThat((List<?>) proxy.get("volumes")).singleElement()
			.asString()
			.satisfies(mount -> assertThat(Path.of(mount.substring(2, mount.indexOf(':')))).isRegularFile());
	}

	@Test
	void everyVariableTheComposeFileReadsIsDocumentedInEnvExampleAndEveryDocumentedOneIsRead() throws IOException {
		Set<String> read = new TreeSet<>();
		Matcher matcher = VARIABLE.matcher(Files.readString(COMPOSE));
		while (matcher.find()) {
			read.add(matcher.group(1));
		}
		map(compose().get("secrets")).values().forEach(secret -> read.add((String) map(secret).get("environment")));
		Properties example = new Properties();
		try (InputStream in = Files.newInputStream(Path.of(".env.example"))) {
			example.load(in);
		}
		assertThat(new TreeSet<>(example.stringPropertyNames())).isEqualTo(read);
	}

	@Test
	void everySettingHandedToTheAppIsARealConfigurationProperty() throws IOException {
		Set<String> properties = knownProperties();
		Map<String, Object> environment = map(map(map(compose().get("services")).get("app")).get("environment"));
		assertThat(environment).isNotEmpty();
		Set<String> asEnvironment = properties.stream().flatMap(DockerComposeTest::environmentNames).collect(Collectors.toSet());
		assertThat(environment.keySet()).allSatisfy(name -> assertThat(asEnvironment)
			.as("%s names no configuration property", name)
			.contains(name));
		List<?> secrets = (List<?>) map(map(compose().get("services")).get("app")).get("secrets");
		assertThat(secrets).isNotEmpty().allSatisfy(secret -> assertThat(properties)
			.as("a secret file is read as the property it is named after")
			.contains((String) map(secret).get("target")));
	}

	@Test
	void everyPropertyOfTheCatalogueItselfIsDocumentedAndUsed() throws IOException {
		String sources;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			sources = files.filter(Files::isRegularFile).map(DockerComposeTest::read).collect(Collectors.joining());
		}
		Set<String> ours = knownProperties().stream().filter(name -> name.startsWith("smp.")).collect(Collectors.toSet());
		assertThat(ours).contains("smp.admin.username", "smp.metrics.password")
			.allSatisfy(name -> assertThat(sources).contains("${" + name));
		Matcher used = Pattern.compile("\\$\\{(smp\\.[a-z.-]+)").matcher(sources);
		while (used.find()) {
			assertThat(ours).as("documented in additional-spring-configuration-metadata.json").contains(used.group(1));
		}
	}

	/**
	 * Spring Boot's relaxed binding: spring.datasource.hikari.maximum-pool-size is
	 * SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE; Spring also reads a dash as an underscore (smp.public-url is
	 * SMP_PUBLIC_URL as well as SMP_PUBLICURL).
	 */
	private static Stream<String> environmentNames(String property) {
		String name = property.replace('.', '_').toUpperCase(Locale.ROOT);
		return Stream.of(name.replace("-", ""), name.replace('-', '_'));
	}

	/** The properties described by every library's configuration metadata, and the catalogue's own. */
	private static Set<String> knownProperties() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		Set<String> names = new HashSet<>();
		ClassLoader loader = DockerComposeTest.class.getClassLoader();
		for (String resource : List.of("META-INF/spring-configuration-metadata.json",
				"META-INF/additional-spring-configuration-metadata.json")) {
			for (URL url : Collections.list(loader.getResources(resource))) {
				try (InputStream in = url.openStream()) {
					for (JsonNode property : json.readTree(in).path("properties")) {
						names.add(property.path("name").asString());
					}
				}
			}
		}
		return names;
	}

	private static Map<String, Object> compose() throws IOException {
		try (InputStream in = Files.newInputStream(COMPOSE)) {
			return new Yaml().load(in);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
