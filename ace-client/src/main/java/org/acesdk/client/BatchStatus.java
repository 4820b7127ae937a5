package org.acesdk.client;

import java.util.List;
import org.acesdk.model.response.CbpResponse;

/**
 * A batch's state at the gateway and CBP's decoded responses.
 *
 * @param batchId the batch id
 * @param state the state
 * @param responses CBP's responses, decoded from CATAIR
 */
public record BatchStatus(String batchId, BatchState state, List<CbpResponse> responses) {
    /** Copies the list. */
    public BatchStatus {
        responses = List.copyOf(responses);
    }

    /** The entry summary answers (AX) among the responses, as typed results. */
    public List<org.acesdk.model.response.EntrySummaryAnswer> entrySummaryAnswers() {
        List<org.acesdk.client.catair.CatairRecord> records = records("AX");
        return records.isEmpty() ? List.of() : org.acesdk.client.catair.AnswerCodec.entrySummaries(records);
    }

    /** The cargo release status notifications (SO) among the responses, as typed results. */
    public List<org.acesdk.model.response.CargoReleaseAnswer> cargoReleaseAnswers() {
        List<org.acesdk.client.catair.CatairRecord> records = records("SO");
        return records.isEmpty() ? List.of() : org.acesdk.client.catair.AnswerCodec.cargoReleases(records);
    }

    /** The cargo release results (SX: echoed records with CBP's messages) among the responses, as typed results. */
    public List<org.acesdk.model.response.ProcessingResult> cargoReleaseResults() {
        List<org.acesdk.client.catair.CatairRecord> records = records("SX");
        return records.isEmpty() ? List.of()
                : org.acesdk.client.catair.ProcessingResultCodec.processingResults("SX", records);
    }

    /** The ISF processing results (SN: echoed records with CBP's messages) among the responses, as typed results. */
    public List<org.acesdk.model.response.ProcessingResult> isfResults() {
        List<org.acesdk.client.catair.CatairRecord> records = records("SN");
        return records.isEmpty() ? List.of()
                : org.acesdk.client.catair.ProcessingResultCodec.processingResults("SN", records);
    }

    /** Batch or block rejections (X0/X1) among the responses, as typed results. */
    public List<org.acesdk.model.response.BatchRejection> batchRejections() {
        List<org.acesdk.client.catair.CatairRecord> records = new java.util.ArrayList<>();
        for (org.acesdk.client.catair.CatairRecord r : records(null)) {
            if (r.recordId().equals("X0") || r.recordId().equals("X1")) {
                records.add(r);
            }
        }
        return records.isEmpty() ? List.of() : org.acesdk.client.catair.AnswerCodec.batchRejections(records);
    }

    /** CBP's answers to FTZ admissions (NF) among the responses, as typed results. */
    public List<org.acesdk.model.response.FtzAdmissionAnswer> ftzAdmissionAnswers() {
        List<org.acesdk.client.catair.CatairRecord> records = records("NF");
        return records.isEmpty() ? List.of() : org.acesdk.client.catair.FtzAnswerCodec.ftzAdmissions(records);
    }

    /** AES's answers (XT, XN) among the responses, one per shipment: the ITN, the disposition and each condition. */
    public List<org.acesdk.model.response.ExportResponse> exportResponses() {
        List<org.acesdk.model.response.ExportResponse> out = new java.util.ArrayList<>();
        for (CbpResponse r : responses) {
            if ("XT".equals(r.applicationId()) || "XN".equals(r.applicationId())) {
                out.addAll(org.acesdk.client.catair.AesCodec.responses(String.join("\n", r.rawLines())));
            }
        }
        return out;
    }

    /** The detail records of the responses of one application (all when null), each read in its own application. */
    private List<org.acesdk.client.catair.CatairRecord> records(String applicationId) {
        List<org.acesdk.client.catair.CatairRecord> out = new java.util.ArrayList<>();
        org.acesdk.client.catair.CatairReader reader = org.acesdk.client.catair.CatairReader.standard();
        for (CbpResponse r : responses) {
            if (applicationId == null || applicationId.equals(r.applicationId())) {
                int n = 0;
                for (String line : r.rawLines()) {
                    out.add(reader.decode(line, ++n, r.applicationId()));
                }
            }
        }
        return out;
    }

    /** The status with anything the gateway sent masked (responses print masked by themselves). */
    @Override
    public String toString() {
        return "BatchStatus[batchId=" + org.acesdk.model.internal.Redact.text(batchId) + ", state=" + state
                + ", responses=" + responses + "]";
    }
}
