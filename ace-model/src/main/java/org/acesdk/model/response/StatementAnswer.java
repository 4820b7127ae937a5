package org.acesdk.model.response;

import java.time.LocalDate;
import java.util.List;

/**
 * A daily or periodic monthly statement block (application PF or MS) as a typed result: the statement fields CBP
 * writes in the block header (B record columns 13-44) and the statement's detail records, kept as text because their
 * layouts are not modelled. {@code toString} masks the importer number and leaves out the detail records, which
 * carry importer numbers too.
 *
 * @param applicationId {@code PF} (daily) or {@code MS} (periodic monthly)
 * @param blockIndicator the B record's columns 2-3 as sent (meaning unpublished; real blocks carry {@code 00})
 * @param port the port (4-7)
 * @param filerCode the filer code (8-10)
 * @param statementStatus the statement status (13), e.g. {@code P} preliminary
 * @param statementNumber the statement number (14-23)
 * @param printDate the preliminary print date (24-29, MMDDYY), or {@code null}
 * @param paymentType the payment type code (30)
 * @param importerNumberText the importer of record number (31-42) [inferred position], or {@code null}
 * @param clientBranch the client branch identifier (43-44) [inferred position], or {@code null}
 * @param records the statement's detail records (80 characters each), in order
 */
public record StatementAnswer(String applicationId, String blockIndicator, String port, String filerCode,
        String statementStatus, String statementNumber, LocalDate printDate, String paymentType,
        String importerNumberText, String clientBranch, List<String> records) {
    /** Copies the list. */
    public StatementAnswer {
        records = List.copyOf(records);
    }

    /** The statement without its detail records and with the importer number masked. */
    @Override
    public String toString() {
        return org.acesdk.model.internal.Redact.text("StatementAnswer[applicationId=" + applicationId + ", port="
                + port + ", filerCode=" + filerCode
                + ", statementStatus=" + statementStatus + ", statementNumber=" + statementNumber + ", printDate="
                + printDate + ", paymentType=" + paymentType + ", importer="
                + (importerNumberText == null ? "null" : "****") + ", clientBranch=" + clientBranch + ", records="
                + records.size() + "]");
    }
}
