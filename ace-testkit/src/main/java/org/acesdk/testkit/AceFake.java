package org.acesdk.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against a {@link FakeAceGateway}; shorthand for {@code @ExtendWith(AceFakeExtension.class)}.
 * {@code @AceFake(transport = AceFake.Transport.MQ)} hands out clients that speak to the fake over MQ (an embedded
 * ActiveMQ Artemis broker; needs the testkit's optional Artemis dependencies).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(AceFakeExtension.class)
public @interface AceFake {
    /** What the injected clients speak to the fake over (default HTTPS). */
    Transport transport() default Transport.HTTPS;

    /** The transports the fake serves. */
    enum Transport {
        /** The HTTPS mailbox protocol. */
        HTTPS,
        /** The same protocol over MQ (Jakarta Messaging), as CBP's filers reach it. */
        MQ
    }
}
