package dev.streamt.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks TCP ports that are free right now on the loopback interface, for components that must be told their port
 * before they start (a child process cannot take over a socket bound here).
 *
 * <p>There is an unavoidable window between picking and binding; callers that start a process retry with new ports
 * when the process reports the address in use. Stateless and thread-safe.
 */
final class FreePorts {

    private FreePorts() {
    }

    /** Returns {@code count} distinct free ports. */
    static int[] pick(int count) {
        // Hold every socket open until all are chosen, so the operating system cannot hand out one port twice.
        List<ServerSocket> sockets = new ArrayList<>(count);
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free TCP port on the loopback interface", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Closing a listening socket we never used cannot lose data.
                }
            }
        }
    }
}
