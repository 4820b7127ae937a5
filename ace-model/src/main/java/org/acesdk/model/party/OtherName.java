package org.acesdk.model.party;

import java.util.Objects;

/**
 * A further name of a party (CATAIR SF31/SE31-style secondary name), e.g. {@code ALA} also known as, {@code DH} doing
 * business as.
 *
 * @param code the name's entity code: {@code ALA}, {@code DH}, {@code DV}, {@code NU}, {@code NV} or {@code XD}
 * @param name the name (35 characters)
 */
public record OtherName(String code, String name) {
    /** Checks the parts. */
    public OtherName {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
