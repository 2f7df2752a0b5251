package nl.taakdiff;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says, after JavaFX could not open an X display, why as far as a plain connection attempt can
 * tell: no X server on that display, or one that is there but did not take the program. It only
 * opens a socket and closes it again, without the X handshake: a server that answers is one that
 * refused Xlib's handshake (as a rule a missing permission).
 */
final class XDisplayProbe {
    /** X11 listens on TCP port 6000 + display number. */
    static final int X_TCP_PORT = 6000;
    private static final int TIMEOUT_MILLIS = 2000;
    /** {@code [protocol/][host]:display[.screen]}, as Xlib reads DISPLAY. */
    private static final Pattern NAME = Pattern.compile("(?:(?<protocol>[a-z]+)/)?(?<host>[^:]*):(?<number>\\d+)(?:\\.\\d+)?");

    /** Where an X display lives: a local socket file, or a host and TCP port. */
    record Address(Path socket, String host, int port) {
        boolean local() {
            return socket != null;
        }
    }

    private final Path socketFolder;

    /** Probes local displays in {@code socketFolder} ({@code /tmp/.X11-unix} on a real system). */
    XDisplayProbe(Path socketFolder) {
        this.socketFolder = socketFolder;
    }

    static XDisplayProbe system() {
        return new XDisplayProbe(Path.of("/tmp/.X11-unix"));
    }

    /** The address of a DISPLAY value; empty when it is not a display name Xlib would read. */
    Optional<Address> address(String display) {
        if (display.startsWith("/")) {
            return Optional.of(new Address(Path.of(display), null, 0)); // a socket's own path (XQuartz)
        }
        Matcher m = NAME.matcher(display);
        if (!m.matches()) {
            return Optional.empty();
        }
        String host = m.group("host");
        String protocol = m.group("protocol");
        int number = Integer.parseInt(m.group("number"));
        if ((host.isEmpty() || host.equals("unix")) && (protocol == null || protocol.equals("unix"))) {
            return Optional.of(new Address(socketFolder.resolve("X" + number), null, 0));
        }
        return Optional.of(new Address(null, host.isEmpty() ? "localhost" : host, X_TCP_PORT + number));
    }

    /** Why the display could not be opened, as a phrase that follows "could not open the display D: ". */
    String reason(String display) {
        if (display.isBlank()) {
            return "DISPLAY is empty (JavaFX draws through X11; under Wayland that is XWayland's display)";
        }
        Optional<Address> address = address(display);
        if (address.isEmpty()) {
            return "that is not a display name (expected a name like :0 or localhost:10.0)";
        }
        return address.get().local() ? local(address.get().socket()) : remote(address.get().host(), address.get().port());
    }

    private static String local(Path socket) {
        if (!Files.exists(socket)) {
            return "no X server is running on it (there is no " + socket + ")";
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            return refused();
        } catch (IOException | UnsupportedOperationException e) {
            return "no X server answers on " + socket + " (the server may have ended)";
        }
    }

    private static String remote(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            return refused();
        } catch (UnknownHostException e) {
            return "the host " + host + " is not known";
        } catch (ConnectException e) {
            return "no X server is listening on " + host + " port " + port;
        } catch (SocketTimeoutException e) {
            return host + " does not answer on port " + port;
        } catch (IOException | IllegalArgumentException e) {
            return "cannot reach " + host + " port " + port + " (" + e.getMessage() + ")";
        }
    }

    private static String refused() {
        return "the X server there did not accept the connection"
                + " (usually no permission for this user: see XAUTHORITY or xhost)";
    }
}
