package eu.smpcatalogue.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real SMTP server in the test JVM (GreenMail), started once, that the tests' catalogue sends to: a test
 * names it with {@code @DynamicPropertySource static void mail(DynamicPropertyRegistry r) { TestMailServer.use(r); }},
 * sends the outbox ({@link OutboxSender#sendDue()}), then reads what arrived.
 */
public final class TestMailServer {

	public static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		SMTP.start();
	}

	private TestMailServer() {
	}

	public static void use(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}

	/** The one mail that reached this address. */
	public static MimeMessage onlyMailTo(String address) {
		MimeMessage[] received = SMTP.getReceivedMessagesForDomain(address);
		assertThat(received).as("mails to " + address).hasSize(1);
		return received[0];
	}

	/** A mail's whole body (both parts), its soft line breaks joined. */
	public static String text(MimeMessage mail) {
		return GreenMailUtil.getBody(mail).replace("=\r\n", "");
	}

}
