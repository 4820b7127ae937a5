package org.acesdk.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.acesdk.client.AceClient;
import org.acesdk.client.MailboxMessage;
import org.acesdk.client.SubmitOptions;
import org.acesdk.client.Transmission;
import org.acesdk.model.response.CbpResponse;
import org.acesdk.testkit.FakeAceGateway;
import org.acesdk.testkit.SampleFilings;

/**
 * Submits several entries at once with {@code submitAsync}, then reads CBP's answers from the mailbox, page by page,
 * with the lazy iterator, keeping the cursor to resume from next time.
 */
public final class AsyncMailboxExample {
    private AsyncMailboxExample() {
    }

    /**
     * Runs the example against the given client.
     *
     * @param client a client
     * @param out where to print
     * @return the messages read
     */
    public static List<MailboxMessage> run(AceClient client, PrintStream out) {
        List<CompletableFuture<Transmission>> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(client.submitAsync(SampleFilings.airEntryFromVietnam()
                    .entryNumber(SampleFilings.entryNumber(7_000 + i)).build(), SubmitOptions.defaults()));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        sent.forEach(f -> out.println("sent " + f.join().entryNumber() + " as " + f.join().batchId()));

        List<MailboxMessage> read = new ArrayList<>();
        String cursor = null;
        for (Iterator<MailboxMessage> it = client.messages(cursor); it.hasNext();) {
            MailboxMessage m = it.next();
            read.add(m);
            for (CbpResponse r : m.responses()) {
                out.println(m.messageId() + " " + m.applicationId() + " " + r.entryNumber() + " " + r.disposition());
            }
            cursor = m.messageId();
        }
        out.println("read " + read.size() + " messages; last seen " + cursor);
        return read;
    }

    /** Runs the example against the embedded fake gateway. */
    public static void main(String[] args) {
        try (FakeAceGateway gateway = FakeAceGateway.start();
                AceClient client = gateway.clientBuilder().pageSize(2).build()) {
            run(client, System.out);
        }
    }
}
