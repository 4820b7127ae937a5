package org.acesdk.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;

/** Which transport failures happen before a request is sent (so the filing cannot have arrived). */
final class Arrivals {
    private Arrivals() {
    }

    /** Whether the failure came before any byte of the request could reach the gateway. */
    static boolean beforeSending(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof PortUnreachableException
                    || t instanceof SSLHandshakeException) {
                return true;
            }
        }
        // a timeout while connecting says so in OkHttp's message
        String m = e.getMessage();
        return m != null && (m.startsWith("Failed to connect") || m.equals("connect timed out"));
    }
}
