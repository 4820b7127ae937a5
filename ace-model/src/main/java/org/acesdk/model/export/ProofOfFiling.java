package org.acesdk.model.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.acesdk.model.code.InternalTransactionNumber;

/**
 * The proof-of-filing citations and exemption legends of 15 CFR 30 appendix B, for the first page of the bill of
 * lading, air waybill or other loading document (15 CFR 30.7). The section sign is written as the regulation prints
 * it ({@code NOEEI § 30.37(a)}) [uncertain: which form carriers' manifest systems require]; the agent form of
 * {@code AESPOST} joins the two ids with a hyphen where appendix B prints a dash.
 */
public final class ProofOfFiling {
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);
    private static final Pattern EXEMPTION = Pattern.compile("30\\.36|30\\.37\\([a-y]\\)|30\\.39|30\\.40\\([a-c]\\)");
    private static final Pattern ID = Pattern.compile("[0-9A-Z]{9,11}");

    private ProofOfFiling() {
    }

    /** Citation I: {@code AES X20170101987654}. */
    public static String aes(InternalTransactionNumber itn) {
        return "AES " + Objects.requireNonNull(itn, "itn");
    }

    /** Citation X: a part of a split shipment, {@code AES X20170101987654 SS}. */
    public static String splitShipment(InternalTransactionNumber itn) {
        return aes(itn) + " SS";
    }

    /**
     * Citation II: a post-departure filing by the USPPI, {@code AESPOST 12345678912 01/01/2017}.
     *
     * @param usppiId the USPPI's id as filed (9-11 letters or digits)
     * @param dateOfExport the date of export
     * @return the citation
     */
    public static String postDeparture(String usppiId, LocalDate dateOfExport) {
        return "AESPOST " + id(usppiId, "usppiId") + " " + Objects.requireNonNull(dateOfExport).format(US);
    }

    /** Citation III: a post-departure filing by an agent, {@code AESPOST 12345678912-987654321 01/01/2017}. */
    public static String postDeparture(String usppiId, String filerId, LocalDate dateOfExport) {
        return "AESPOST " + id(usppiId, "usppiId") + "-" + id(filerId, "filerId") + " "
                + Objects.requireNonNull(dateOfExport).format(US);
    }

    /** Citation IV, only while AES is down and for shipments that need no licence: {@code AESDOWN 123456789 01/01/2017}. */
    public static String down(String filerId, LocalDate dateOfExport) {
        return "AESDOWN " + id(filerId, "filerId") + " " + Objects.requireNonNull(dateOfExport).format(US);
    }

    /**
     * Legends V-IX: an exemption, {@code NOEEI § 30.37(a)}.
     *
     * @param section {@code 30.36}, {@code 30.37(a)} ... {@code 30.37(y)}, {@code 30.39}, {@code 30.40(a)}-{@code (c)}
     * @return the legend
     * @throws IllegalArgumentException for any other section
     */
    public static String exemption(String section) {
        if (section == null || !EXEMPTION.matcher(section).matches()) {
            throw new IllegalArgumentException("an exemption legend cites 30.36, 30.37(a)-(y), 30.39 or 30.40(a)-(c)");
        }
        return "NOEEI § " + section;
    }

    /** The citation of a shipment: {@code AES} and its ITN once AES accepted it, else its exemption legend, if any. */
    public static Optional<String> of(ExportInformation x) {
        if (x.itn() != null) {
            return Optional.of(aes(x.itn()));
        }
        return Optional.ofNullable(x.exemptionLegend()).filter(s -> !s.isBlank());
    }

    private static String id(String v, String name) {
        if (v == null || !ID.matcher(v).matches()) {
            throw new IllegalArgumentException(name + " must be 9-11 capital letters or digits");
        }
        return v;
    }
}
