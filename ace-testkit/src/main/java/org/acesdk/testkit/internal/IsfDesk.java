package org.acesdk.testkit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acesdk.client.catair.ResponseEncoder;
import org.acesdk.model.code.FilingAction;
import org.acesdk.model.isf.ImporterSecurityFiling;
import org.acesdk.model.response.Condition;
import org.acesdk.model.response.ConditionSeverity;

/**
 * The fake's ISF desk: the ISFs on file by transaction number, and CBP's checks of an add, replace or delete against
 * them (108 not on file, 111 another filer's, 117 duplicate, 110 number on an add), with the SN answer. Not API;
 * not thread-safe (the engine holds its lock).
 */
public final class IsfDesk {
    private record OnFile(String filer, String importer, String bill) {
    }

    private final Map<String, OnFile> byTransaction = new HashMap<>();
    private long sequence;

    /** Forgets every ISF. */
    public void clear() {
        byTransaction.clear();
        sequence = 0;
    }

    private static Condition fatal(String code, String text) {
        return new Condition(code, ConditionSeverity.FATAL, null, text, null, null);
    }

    /**
     * Answers one ISF transaction.
     *
     * @param sf10 the SF10 as received
     * @param isf the decoded filing
     * @param filer the block's filer code
     * @param ruleConditions the conditions the rules found (empty when valid), or {@code null} to accept regardless
     * @param forcedReject conditions to reject with regardless, or {@code null}
     * @return the SN records
     */
    public List<String> answer(String sf10, ImporterSecurityFiling isf, String filer, List<Condition> ruleConditions,
            List<Condition> forcedReject) {
        if (forcedReject != null) {
            return ResponseEncoder.isf(sf10, null, forcedReject, false);
        }
        List<Condition> cs = new ArrayList<>(ruleConditions == null ? List.of() : ruleConditions);
        FilingAction action = isf.effectiveAction();
        String txn = isf.transactionNumber() == null ? null : isf.transactionNumber().trim();
        String importer = isf.importerNumber() == null ? "" : isf.importerNumber().reveal();
        String bill = isf.billOfLading() == null ? "" : isf.billOfLading().trim();
        if (ruleConditions != null && cs.isEmpty()) {
            if (action.equals(FilingAction.ADD)) {
                if (txn != null && !txn.isEmpty()) {
                    cs.add(fatal("110", "ISF TRANSACTION NUMBER NOT ALLOWED FOR ADD"));
                } else if (byTransaction.values().stream().anyMatch(o -> o.importer().equals(importer)
                        && o.bill().equals(bill))) {
                    cs.add(fatal("117", "DUPLICATE ISF TRANSACTION"));
                }
            } else {
                OnFile on = txn == null ? null : byTransaction.get(normal(txn));
                if (on == null) {
                    cs.add(fatal("108", "ISF TRANSACTION NUMBER NOT ON FILE"));
                } else if (!on.filer().equals(filer)) {
                    cs.add(fatal("111", "TRANSACTION BELONGS TO ANOTHER FILER"));
                }
            }
        }
        if (!cs.isEmpty()) {
            return ResponseEncoder.isf(sf10, null, cs, false);
        }
        String assigned = txn;
        if (action.equals(FilingAction.ADD)) {
            sequence++;
            assigned = filer + "-" + String.format("%011d", 20260000000L + sequence);
            byTransaction.put(normal(assigned), new OnFile(filer, importer, bill));
        } else if (action.equals(FilingAction.DELETE)) {
            byTransaction.remove(normal(txn));
        } else {
            byTransaction.put(normal(txn), new OnFile(filer, importer, bill));
        }
        return ResponseEncoder.isf(sf10, assigned, List.of(), true);
    }

    private static String normal(String txn) {
        return txn.replace("-", "");
    }
}
