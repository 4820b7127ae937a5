package org.acesdk.testkit;

import org.acesdk.client.AceClient;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one {@link FakeAceGateway} per test class (started on first use, stopped after the class),
 * reset before each test, and injected into test and lifecycle method parameters of type {@link FakeAceGateway},
 * {@link AceClient} (a fresh client per test, closed after it; over MQ when the class says
 * {@code @AceFake(transport = MQ)}), {@link TestClock} or {@link RequestJournal}.
 * Use it with {@code @ExtendWith(AceFakeExtension.class)} or {@link AceFake @AceFake}.
 */
public final class AceFakeExtension implements ParameterResolver, BeforeEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(AceFakeExtension.class);

    /** Created by JUnit. */
    public AceFakeExtension() {
    }

    /** The store entry that closes the gateway when the class's context closes. */
    private static final class Running implements AutoCloseable {
        final FakeAceGateway gateway;

        Running(FakeAceGateway gateway) {
            this.gateway = gateway;
        }

        @Override
        public void close() {
            gateway.close();
        }
    }

    private static final class ClientResource implements AutoCloseable {
        final AceClient client;

        ClientResource(AceClient client) {
            this.client = client;
        }

        @Override
        public void close() {
            client.close();
        }
    }

    private static FakeAceGateway gateway(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        boolean mq = mq(classContext);
        return classContext.getStore(NS).getOrComputeIfAbsent("gateway",
                k -> new Running(FakeAceGateway.builder().mq(mq).start()), Running.class).gateway;
    }

    /** Whether the test class asked for MQ ({@code @AceFake(transport = MQ)}, on it or an enclosing class). */
    private static boolean mq(ExtensionContext context) {
        for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
            AceFake a = c.getAnnotation(AceFake.class);
            if (a != null) {
                return a.transport() == AceFake.Transport.MQ;
            }
        }
        return false;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        gateway(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext context) {
        Class<?> t = p.getParameter().getType();
        return t == FakeAceGateway.class || t == AceClient.class || t == TestClock.class
                || t == RequestJournal.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext context) {
        FakeAceGateway g = gateway(context);
        Class<?> t = p.getParameter().getType();
        if (t == FakeAceGateway.class) {
            return g;
        }
        if (t == RequestJournal.class) {
            return g.journal();
        }
        if (t == TestClock.class) {
            if (g.clock() instanceof TestClock) {
                return g.clock();
            }
            throw new ParameterResolutionException("the fake gateway does not run on a TestClock");
        }
        return context.getStore(NS).getOrComputeIfAbsent("client", k -> new ClientResource(g.servesMq()
                ? g.mqClientBuilder().build() : g.client()), ClientResource.class).client;
    }
}
