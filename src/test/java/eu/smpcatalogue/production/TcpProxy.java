package eu.smpcatalogue.production;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of the database that a test can cut (every connection dropped, new ones closed as
 * soon as they open: socat's behaviour when the database behind it is down) and restore: socat's job,
 * in the JVM.
 */
final class TcpProxy implements Closeable {

	private final InetSocketAddress target;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	private volatile boolean cut;

	private int port;

	private TcpProxy(InetSocketAddress target) {
		this.target = target;
	}

	/** A proxy on a free loopback port to the given address. */
	static TcpProxy to(String host, int port) {
		return new TcpProxy(new InetSocketAddress(host, port)).listen(0);
	}

	int port() {
		return port;
	}

	/** Drops every connection; new ones are closed at once, before the database says anything. */
	void cut() {
		cut = true;
		sockets.forEach(TcpProxy::closeQuietly);
		sockets.clear();
	}

	/** Passes connections through again. */
	void restore() {
		cut = false;
	}

	@Override
	public void close() {
		cut();
		closeQuietly(server);
	}

	private TcpProxy listen(int localPort) {
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), localPort));
			server = socket;
			port = socket.getLocalPort();
			daemon(() -> accept(socket), "tcp-proxy-accept");
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket database = new Socket();
				try {
					if (cut) {
						throw new IOException("cut");
					}
					database.connect(target, 2000);
				}
				catch (IOException refused) {
					closeQuietly(client);
					continue;
				}
				sockets.add(client);
				sockets.add(database);
				daemon(() -> pump(client, database), "tcp-proxy-up");
				daemon(() -> pump(database, client), "tcp-proxy-down");
			}
			catch (IOException ex) {
				// The proxy was closed.
			}
		}
	}

	private static void pump(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// One side went away: close both below.
		}
		closeQuietly(from);
		closeQuietly(to);
	}

	private static void daemon(Runnable work, String name) {
		Thread thread = new Thread(work, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Closeable closeable) {
		try {
			if (closeable != null) {
				closeable.close();
			}
		}
		catch (IOException ex) {
			// Already closed.
		}
	}

}
