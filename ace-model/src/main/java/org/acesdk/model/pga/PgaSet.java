package org.acesdk.model.pga;

import java.util.List;
import org.acesdk.model.internal.Lists;

/**
 * The PGA Message Set of one tariff number: the OI commercial description and each agency's PGA lines, sent straight
 * after the tariff's 50-record (entry summary) or SE60 (cargo release). Immutable.
 *
 * @param commercialDescription the OI description (70 characters)
 * @param declarations the PGA lines, in order
 * @param legacyFda pre-ACE FD01-FD05 data read from old transmissions: decoded for history, never encoded
 */
public record PgaSet(String commercialDescription, List<PgaDeclaration> declarations, List<LegacyFda> legacyFda) {

    /** Copies the lists. */
    public PgaSet {
        declarations = Lists.copy(declarations, "declarations");
        legacyFda = Lists.copy(legacyFda, "legacyFda");
    }

    /** A set of a description and declarations. */
    public static PgaSet of(String commercialDescription, PgaDeclaration... declarations) {
        return new PgaSet(commercialDescription, List.of(declarations), List.of());
    }

    /** The declarations of an agency, in order. */
    public List<PgaDeclaration> declarationsOf(PgaAgency agency) {
        return declarations.stream().filter(d -> d.agency().equals(agency)).toList();
    }
}
