package eu.smpcatalogue.accessibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's ChromeDriver, both named by path so that Selenium
 * Manager never tries to download a browser or a driver; a fresh profile for every run.
 */
final class Chromium implements AutoCloseable {

	private final Path profile;

	final ChromeDriver driver;

	Chromium() {
		try {
			this.profile = Files.createTempDirectory("smp-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String binary = setting("SMP_CHROMIUM", "/usr/bin/chromium");
		String driverPath = setting("SMP_CHROMEDRIVER", "/usr/bin/chromedriver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(binary);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=en-GB");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driverPath).toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		size(1280, 1000);
	}

	/** Signs in through the real login form at {@code baseUrl}, as a person would. */
	void signIn(String baseUrl, String username, String password) {
		driver.get(baseUrl + "/login?lang=en");
		WebElement form = driver.findElement(By.cssSelector("main form"));
		form.findElement(By.name("username")).sendKeys(username);
		form.findElement(By.name("password")).sendKeys(password);
		form.findElement(By.cssSelector("button[type=submit]")).click();
		// The click returns before the browser has followed the form's redirect: wait for where it leads.
		try {
			new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("Signing in as " + username + " stayed on " + driver.getCurrentUrl(), ex);
		}
		if (!driver.getCurrentUrl().endsWith("/account")) {
			throw new IllegalStateException("Signing in as " + username + " led to " + driver.getCurrentUrl());
		}
	}

	void size(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
	}

	/** A system property, else an environment variable of the same meaning, else the default. */
	static String setting(String name, String fallback) {
		String value = System.getProperty(name.toLowerCase().replace('_', '.'));
		if (value == null || value.isBlank()) {
			value = System.getenv(name);
		}
		return value == null || value.isBlank() ? fallback : value;
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
			catch (IOException ex) {
				// A leftover temporary profile is harmless.
			}
		}
	}

}
