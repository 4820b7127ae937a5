package org.acesdk.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.acesdk.client.transport.Transport;
import org.acesdk.client.transport.TransportRequest;
import org.acesdk.client.transport.TransportResponse;

/**
 * A {@link Transport} that drops each batch into a folder as {@code <batchId>.abi} for a relay (SFTP, MQ) to pick up,
 * and reads CBP's answer from {@code <batchId>.response} when the relay puts one there: the shape of any non-HTTP
 * transport. The idempotency key names the batch, so a retried submission overwrites nothing and files once.
 */
public final class FolderTransport implements Transport {
    private final Path outbox;

    /**
     * A transport writing to the folder.
     *
     * @param outbox an existing, writable folder
     */
    public FolderTransport(Path outbox) {
        if (!Files.isDirectory(outbox)) {
            throw new IllegalArgumentException("outbox is not a folder");
        }
        this.outbox = outbox;
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        if (request.method().equals("POST") && request.path().equals("/v1/batches")) {
            String key = request.headers().get("Idempotency-Key");
            String id = "FB-" + key.replaceAll("[^A-Za-z0-9-]", "_");
            Path file = outbox.resolve(id + ".abi");
            if (Files.exists(file)) {
                boolean same = Arrays.equals(Files.readAllBytes(file), request.body());
                return same ? json(200, "{\"batchId\":\"" + id + "\",\"status\":\"RECEIVED\"}")
                        : json(409, "{\"error\":{\"code\":\"idempotency_conflict\",\"message\":\"key reused\"}}");
            }
            Path tmp = outbox.resolve(id + ".tmp");
            Files.write(tmp, request.body());
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return json(202, "{\"batchId\":\"" + id + "\",\"status\":\"RECEIVED\"}");
        }
        if (request.method().equals("GET") && request.path().startsWith("/v1/batches/")) {
            String id = request.path().substring("/v1/batches/".length());
            if (!id.matches("FB-[A-Za-z0-9_-]+") || !Files.exists(outbox.resolve(id + ".abi"))) {
                return json(404, "{\"error\":{\"code\":\"not_found\",\"message\":\"no such batch\"}}");
            }
            Path answer = outbox.resolve(id + ".response");
            if (!Files.exists(answer)) {
                return json(200, "{\"batchId\":\"" + id + "\",\"status\":\"RECEIVED\",\"responses\":[]}");
            }
            String body = Files.readString(answer, StandardCharsets.US_ASCII);
            com.fasterxml.jackson.databind.node.ObjectNode n = new com.fasterxml.jackson.databind.ObjectMapper()
                    .createObjectNode().put("batchId", id).put("status", "PROCESSED");
            n.putArray("responses").addObject().put("messageId", id + "-1").put("applicationId", "AX")
                    .put("body", body);
            return json(200, n.toString());
        }
        return json(200, "{\"messages\":[],\"nextCursor\":null}");
    }

    private static TransportResponse json(int status, String body) {
        return new TransportResponse(status, Map.of("Content-Type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "FolderTransport[outbox]";
    }
}
