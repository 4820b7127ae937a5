package org.acesdk.model.isf;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.acesdk.model.code.BondType;

/**
 * The bond securing the ISF (SF10 58-75): a continuous bond with activity code 1, 2, 3, 4 or 16, or a stand-alone ISF
 * bond (activity 16, continuous or single transaction). The holder is an importer number and may be personal data.
 *
 * @param holder the bond holder's number
 * @param activityCode the bond activity code, e.g. {@code 01}, {@code 16} ({@code null} as CBP's echoes may show)
 * @param type continuous (8) or single transaction (9), or {@code null}
 */
public record IsfBond(@NotNull @Size(max = 15) String holder, @Size(max = 2) String activityCode, BondType type) {

    @Override
    public String toString() {
        return "IsfBond[holder withheld, activity " + activityCode + ", " + type + "]";
    }
}
