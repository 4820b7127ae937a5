package org.acesdk.model.response;

import java.util.List;
import java.util.Optional;

/**
 * CBP's processing result for a transaction it answers by echoing the input (application SX for a cargo release, SN
 * for an ISF) as a typed result: the input records CBP echoes, each with the messages about it (SE90 or SF90), and the
 * final message ({@code 01} rejected, {@code 02} accepted).
 *
 * @param applicationId {@code SX} or {@code SN}
 * @param items the echoed records with their messages, in order
 * @param finalDisposition the final message, or {@code null} when there is none
 */
public record ProcessingResult(String applicationId, List<Item> items, Message finalDisposition) {
    /** Copies the list. */
    public ProcessingResult {
        items = List.copyOf(items);
    }

    /**
     * An echoed input record and CBP's messages about it.
     *
     * @param echoedRecord the input record as CBP echoed it (80 characters; may hold an importer number), or
     *     {@code null} for messages before any echo
     * @param messages the messages after it
     */
    public record Item(String echoedRecord, List<Message> messages) {
        /** Copies the list. */
        public Item {
            messages = List.copyOf(messages);
        }

        /** The echoed record's identifier, e.g. {@code SE10}. */
        public Optional<String> recordId() {
            return echoedRecord == null || echoedRecord.length() < 4 ? Optional.empty()
                    : Optional.of(echoedRecord.substring(0, 4));
        }

        /** The item with the echoed record masked where it holds importer numbers. */
        @Override
        public String toString() {
            return "Item[" + org.acesdk.model.internal.Redact.record(echoedRecord) + ", " + messages + "]";
        }
    }

    /**
     * A message (SE90 or SF90).
     *
     * @param messageType {@code 11} error on the record before it, {@code 01} rejected, {@code 02} accepted...
     * @param messageId the message id (e.g. {@code 018}), or {@code null}
     * @param narrative the narrative
     */
    public record Message(String messageType, String messageId, String narrative) {

        /** The record's text with personal data masked (it holds text from CBP's answer). */
        @Override
        public String toString() {
            return org.acesdk.model.internal.Redact.describe(this);
        }
    }

    /** Accepted ({@code 02}), rejected ({@code 01}) or pending without a final message. */
    public Disposition disposition() {
        if (finalDisposition == null) {
            return Disposition.PENDING;
        }
        return "02".equals(finalDisposition.messageType()) ? Disposition.ACCEPTED : Disposition.REJECTED;
    }

    /** Every message about one kind of echoed record, e.g. {@code SE20}. */
    public List<Message> messagesAbout(String recordId) {
        return items.stream().filter(i -> i.recordId().orElse("").equals(recordId))
                .flatMap(i -> i.messages().stream()).toList();
    }

    /** The record's text with personal data masked (it holds text from CBP's answer). */
    @Override
    public String toString() {
        return org.acesdk.model.internal.Redact.describe(this);
    }
}
