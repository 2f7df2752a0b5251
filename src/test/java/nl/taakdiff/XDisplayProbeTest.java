package nl.taakdiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why a display that is set could not be opened, as far as a connection attempt tells. */
class XDisplayProbeTest {
    @TempDir
    Path sockets;

    private XDisplayProbe probe() {
        return new XDisplayProbe(sockets);
    }

    @Test
    void readsDisplayNamesAsXlibDoes() {
        assertThat(probe().address(":987")).contains(new XDisplayProbe.Address(sockets.resolve("X987"), null, 0));
        assertThat(probe().address(":0.1")).contains(new XDisplayProbe.Address(sockets.resolve("X0"), null, 0));
        assertThat(probe().address("unix:3")).contains(new XDisplayProbe.Address(sockets.resolve("X3"), null, 0));
        assertThat(probe().address("localhost:10.0")).contains(new XDisplayProbe.Address(null, "localhost", 6010));
        assertThat(probe().address("tcp/:2")).contains(new XDisplayProbe.Address(null, "localhost", 6002));
        assertThat(probe().address("pc12.example.org:1")).contains(new XDisplayProbe.Address(null, "pc12.example.org", 6001));
        assertThat(probe().address("/private/tmp/launchd-1/org.xquartz:0"))
                .contains(new XDisplayProbe.Address(Path.of("/private/tmp/launchd-1/org.xquartz:0"), null, 0));
        assertThat(probe().address("wayland-0")).isEmpty();
        assertThat(probe().address(":x")).isEmpty();
    }

    @Test
    void aLocalDisplayWithoutSocketHasNoServer() {
        assertThat(probe().reason(":987"))
                .isEqualTo("no X server is running on it (there is no " + sockets.resolve("X987") + ")");
    }

    @Test
    void aSocketThatAnswersIsAServerThatRefused() throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(sockets.resolve("X5")));
            assertThat(probe().reason(":5")).startsWith("the X server there did not accept the connection");
        }
    }

    @Test
    void aSocketFileLeftBehindHasNoServer() throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(sockets.resolve("X6")));
        } // closing the channel leaves the file, as a killed X server does
        assertThat(sockets.resolve("X6")).exists();
        assertThat(probe().reason(":6"))
                .isEqualTo("no X server answers on " + sockets.resolve("X6") + " (the server may have ended)");
    }

    @Test
    void aTcpDisplayIsProbedOnItsPort() throws Exception {
        int display;
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            display = server.getLocalPort() - XDisplayProbe.X_TCP_PORT; // ephemeral ports lie above 6000
            assertThat(probe().reason("127.0.0.1:" + display)).startsWith("the X server there did not accept");
        }
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            display = free.getLocalPort() - XDisplayProbe.X_TCP_PORT;
        } // now closed: nothing listens on that port
        assertThat(probe().reason("127.0.0.1:" + display))
                .isEqualTo("no X server is listening on 127.0.0.1 port " + (XDisplayProbe.X_TCP_PORT + display));
        assertThat(probe().reason("nosuchhost.invalid:0")).isEqualTo("the host nosuchhost.invalid is not known");
    }

    @Test
    void anEmptyOrUnreadableDisplaySaysSo() {
        assertThat(probe().reason("")).startsWith("DISPLAY is empty");
        assertThat(probe().reason("wayland-0")).startsWith("that is not a display name");
    }
}
