package org.acesdk.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.acesdk.testkit.FakeAceGateway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ace fake --port N}: the fake ACE gateway. */
@Command(name = "fake", description = "Run the fake ACE gateway (it answers like CBP, on the SDK's rules) until stopped.")
final class FakeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "The port to listen on (default: any free port).")
    int port;

    @Option(names = "--for", paramLabel = "SECONDS", description = "Stop after this many seconds (default: run until "
            + "stopped).")
    long seconds;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0-65535");
        }
        try (FakeAceGateway g = FakeAceGateway.builder().port(port).start()) {
            spec.commandLine().getOut().println("fake ACE gateway on " + g.baseUrl() + " (token " + g.token() + ")");
            spec.commandLine().getOut().flush();
            CountDownLatch stop = new CountDownLatch(1);
            if (seconds > 0) {
                stop.await(seconds, TimeUnit.SECONDS);
            } else {
                stop.await();
            }
        }
        return AceCli.OK;
    }
}
