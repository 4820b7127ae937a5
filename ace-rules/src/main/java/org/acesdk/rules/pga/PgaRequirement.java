package org.acesdk.rules.pga;

import java.util.List;
import org.acesdk.model.code.HtsNumber;
import org.acesdk.model.pga.PgaDeclaration;
import org.acesdk.rules.Finding;

/**
 * What one agency needs for one tariff number of a line, and why: the flag, the ways to answer it, the records each
 * way sends, the declaration already on the line (if any) and what it still lacks. Immutable.
 *
 * @param hts the tariff number
 * @param flag the PGA flag that asks for the agency's data
 * @param options the ways to answer, e.g. {@code full certificate data (FCP or FGC)}, {@code disclaimer A or B}
 * @param records the records each way sends, one line per way
 * @param why the reason in words: flag, number and definition
 * @param declared the agency's declarations on the number, in order (empty when none)
 * @param missing what the declarations still lack: the agency rules' findings, by rule id
 */
public record PgaRequirement(HtsNumber hts, PgaFlag flag, List<String> options, List<String> records, String why,
        List<PgaDeclaration> declared, List<Finding> missing) {

    /** Copies the lists. */
    public PgaRequirement {
        options = List.copyOf(options);
        records = List.copyOf(records);
        declared = List.copyOf(declared);
        missing = List.copyOf(missing);
    }

    /** Whether the number carries an answer for the agency and nothing is missing. */
    public boolean satisfied() {
        return !declared.isEmpty() && missing.stream().noneMatch(Finding::isError);
    }
}
