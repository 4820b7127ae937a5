package org.acesdk.testkit.internal;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import org.acesdk.testkit.FakeAceGateway;

/**
 * {@code java -jar ace-testkit-<version>-standalone.jar [--port 8080] [--token T] [--seed N] [--admin-token]
 * [--max-body BYTES]}: runs the fake gateway on loopback until the process is stopped; {@code --admin-token} makes the
 * {@code /__admin} routes require the bearer token too. Not API.
 */
public final class StandaloneMain {
    private StandaloneMain() {
    }

    /** Parses the arguments and starts the fake; returns it (for tests) or throws a usage error. */
    static FakeAceGateway launch(String[] args, PrintStream out) {
        FakeAceGateway.Builder b = FakeAceGateway.builder().port(8080);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                throw new IllegalArgumentException("usage");
            }
            if (a.equals("--admin-token")) {
                b.requireAdminToken(true);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--port":
                    b.port(parse(a, v));
                    break;
                case "--token":
                    b.token(v);
                    break;
                case "--seed":
                    b.seed(parse(a, v));
                    break;
                case "--max-body":
                    b.maxBodyBytes(parse(a, v));
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + a);
            }
        }
        FakeAceGateway g = b.start();
        out.println("fake ACE gateway listening on " + g.baseUrl() + " (admin: " + g.baseUrl() + "__admin/journal"
                + (g.requiresAdminToken() ? ", bearer token required" : ", open on loopback") + ")");
        out.flush();
        return g;
    }

    private static int parse(String option, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + v);
        }
    }

    /** Runs until killed. */
    public static void main(String[] args) throws InterruptedException {
        FakeAceGateway g;
        try {
            g = launch(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println((e.getMessage().equals("usage") ? "" : e.getMessage() + "\n")
                    + "usage: java -jar ace-testkit-standalone.jar [--port 8080] [--token fake-token] [--seed 42]"
                    + " [--admin-token] [--max-body 16777216]");
            System.exit(2);
            return;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(g::close, "fake-gateway-stop"));
        new CountDownLatch(1).await();
    }
}
