package org.acesdk.model.response;

import java.util.List;

/**
 * CBP's answer to one ISF transaction (application SN), typed: accepted or rejected, the ISF transaction number CBP
 * assigned (which a later replace or delete must name), and each condition with its Appendix S code and the field it
 * concerns where the code says so.
 *
 * @param accepted whether the ISF was accepted
 * @param transactionNumber the ISF transaction number echoed in the SF10, or {@code null}
 * @param conditions the conditions, in order
 * @param narrative the final narrative, e.g. {@code ISF ACCEPTED}
 */
public record IsfAnswer(boolean accepted, String transactionNumber, List<Condition> conditions, String narrative) {

    /** Copies the list. */
    public IsfAnswer {
        conditions = List.copyOf(conditions);
    }

    /**
     * A condition of the answer.
     *
     * @param code the Appendix S code, e.g. {@code 117}, or {@code null}
     * @param narrative CBP's text, e.g. {@code DUPLICATE ISF TRANSACTION}
     * @param field the ISF field the code concerns (e.g. {@code transactionNumber}), or {@code null} when unknown
     * @param recordId the record CBP placed it after, e.g. {@code SF10}, or {@code null}
     */
    public record Condition(String code, String narrative, String field, String recordId) {
    }

    /** The field an Appendix S code concerns, or {@code null}: e.g. 117 duplicate transaction, the bill of lading. */
    public static String fieldOf(String code) {
        if (code == null) {
            return null;
        }
        switch (code) {
            case "105":
            case "114":
                return "kind";
            case "106":
                return "action";
            case "107":
                return "modeOfTransport";
            case "108":
            case "110":
            case "111":
            case "113":
            case "119":
                return "transactionNumber";
            case "109":
            case "124":
            case "125":
            case "302":
                return "importerNumber";
            case "117":
                return "billOfLading";
            case "120":
                return "shipmentType";
            case "121":
                return "bond";
            case "122":
                return "bond.activityCode";
            case "123":
                return "bond.type";
            case "132":
                return "actionReason";
            case "252":
                return "containers";
            case "303":
                return "consigneeNumbers";
            case "308":
                return "consolidator";
            case "404":
                return "lines.htsNumber";
            default:
                return null;
        }
    }
}
