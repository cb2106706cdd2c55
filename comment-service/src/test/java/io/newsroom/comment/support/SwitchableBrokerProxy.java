package io.newsroom.comment.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A TCP hop between the service's outbox publisher and the real RabbitMQ that the
 * test can switch off and on: while "down" it hangs up on every connection, exactly what a
 * client sees when the broker is away. Only the outbox's connection goes through it, so the
 * other builders' tests on the shared broker are not disturbed (unlike rabbitmqctl stop_app).
 */
public class SwitchableBrokerProxy implements QuarkusTestResourceLifecycleManager {

    private static volatile boolean up;
    private static final Set<Socket> OPEN = ConcurrentHashMap.newKeySet();
    private ServerSocket server;

    public static void up() {
        up = true;
    }

    public static void down() {
        up = false;
        OPEN.forEach(SwitchableBrokerProxy::closeQuietly);
        OPEN.clear();
    }

    @Override
    public Map<String, String> start() {
        up = false;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(this::accept, "broker-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
        return Map.of(
                "newsroom.events.broker-host", "127.0.0.1",
                "newsroom.events.broker-port", String.valueOf(server.getLocalPort()));
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (!up) {
                    closeQuietly(client);
                    continue;
                }
                Socket broker = new Socket("127.0.0.1", 5672);
                OPEN.add(client);
                OPEN.add(broker);
                pipe(client, broker);
                pipe(broker, client);
            } catch (IOException e) {
                // server closed, or the broker refused: the client will retry
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "broker-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void stop() {
        down();
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
