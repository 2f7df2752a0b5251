package nl.taakdiff;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * An X server on a loopback TCP port that answers every connection setup with "Failed" and a
 * reason, as a server does to a client without permission; for the start of the desktop app on a
 * display that refuses it.
 */
final class RefusingXServer implements AutoCloseable {
    private final ServerSocket socket;
    private final int display;
    private final byte[] reason;
    private final Thread acceptor;

    private RefusingXServer(ServerSocket socket, int display, String reason) {
        this.socket = socket;
        this.display = display;
        this.reason = reason.getBytes(StandardCharsets.US_ASCII);
        this.acceptor = new Thread(this::serve, "refusing X server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Listens on the first free display number from {@code first} on (TCP port 6000 + number). */
    static RefusingXServer start(int first, String reason) throws IOException {
        for (int n = first; n < first + 100; n++) {
            try {
                return new RefusingXServer(new ServerSocket(XDisplayProbe.X_TCP_PORT + n, 8,
                        InetAddress.getByName("127.0.0.1")), n, reason);
            } catch (IOException taken) {
                // another program has this port; try the next number
            }
        }
        throw new IOException("no free display number from " + first);
    }

    String displayName() {
        return "127.0.0.1:" + display;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                refuse(client);
            } catch (IOException e) {
                // closed, or a client that went away: wait for the next one
            }
        }
    }

    private void refuse(Socket client) throws IOException {
        DataInputStream in = new DataInputStream(client.getInputStream());
        byte[] setup = new byte[12];
        in.readFully(setup);
        ByteOrder order = setup[0] == 'l' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteBuffer request = ByteBuffer.wrap(setup).order(order);
        in.readFully(new byte[padded(request.getShort(6)) + padded(request.getShort(8))]); // authorisation
        int body = padded(reason.length);
        ByteBuffer reply = ByteBuffer.allocate(8 + body).order(order);
        reply.put((byte) 0).put((byte) reason.length).putShort((short) 11).putShort((short) 0)
                .putShort((short) (body / 4)).put(reason);
        OutputStream out = client.getOutputStream();
        out.write(reply.array());
        out.flush();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
