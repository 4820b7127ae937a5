package org.acesdk.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.acesdk.model.json.AceJson;
import org.acesdk.model.money.Money;
import org.acesdk.model.money.Quantity;

class ValueTypeProperties {

    @Provide
    Arbitrary<FilerCode> filerCodes() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofLength(3).map(FilerCode::parse);
    }

    @Provide
    Arbitrary<EntryNumber> entryNumbers() {
        return Combinators.combine(filerCodes(), Arbitraries.strings().numeric().ofLength(7)).as(EntryNumber::of);
    }

    @Provide
    Arbitrary<HtsNumber> htsNumbers() {
        return Combinators.combine(Arbitraries.integers().between(1, 99), Arbitraries.of(4, 6, 8),
                Arbitraries.strings().numeric().ofLength(8))
                .as((ch, rest, digits) -> HtsNumber.parse(String.format("%02d", ch) + digits.substring(0, rest)));
    }

    @Provide
    Arbitrary<ImporterNumber> ssns() {
        return Arbitraries.strings().numeric().ofLength(9)
                .map(d -> ImporterNumber.parse(d.substring(0, 3) + "-" + d.substring(3, 5) + "-" + d.substring(5)));
    }

    @Provide
    Arbitrary<ImporterNumber> importerNumbers() {
        Arbitrary<ImporterNumber> irs = Combinators.combine(Arbitraries.strings().numeric().ofLength(9),
                Arbitraries.strings().withChars("ABCDEFGHJKLMNPQRSTUVWXY0123456789").ofLength(2))
                .as((d, s) -> ImporterNumber.parse(d.substring(0, 2) + "-" + d.substring(2) + s));
        Arbitrary<ImporterNumber> cbp = Arbitraries.strings().numeric().ofLength(11)
                .map(d -> ImporterNumber.parse(d.substring(0, 6) + "-" + d.substring(6)));
        return Arbitraries.oneOf(irs, cbp, ssns());
    }

    @Provide
    Arbitrary<Money> money() {
        return Combinators.combine(Arbitraries.bigDecimals().between(new java.math.BigDecimal("-1e12"),
                new java.math.BigDecimal("1e12")).ofScale(2), Arbitraries.of("USD", "EUR", "CNY", "JPY", "CAD"))
                .as((a, c) -> Money.of(a, java.util.Currency.getInstance(c)));
    }

    @Provide
    Arbitrary<Quantity> quantities() {
        return Combinators.combine(Arbitraries.bigDecimals().between(java.math.BigDecimal.ZERO,
                new java.math.BigDecimal("1e9")).ofScale(3), Arbitraries.of(UnitOfMeasure.values()))
                .as(Quantity::of);
    }

    @Provide
    Arbitrary<ManufacturerId> mids() {
        return Combinators.combine(Arbitraries.of("CN", "VN", "XO", "MX", "DE"),
                Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofMinLength(1).ofMaxLength(13))
                .as((c, rest) -> ManufacturerId.parse(c + rest));
    }

    private static <T> void roundTrips(T v, Function<String, T> parse, Class<T> type) {
        assertEquals(v, parse.apply(v.toString()));
        assertEquals(v, AceJson.read(AceJson.write(v), type));
    }

    @Property
    void entryNumbersRoundTripAndVerify(@ForAll("entryNumbers") EntryNumber e) {
        assertEquals(e, EntryNumber.parse(e.toString()));
        assertEquals(e, EntryNumber.parse(e.toString().replace("-", "")));
        assertEquals(e, AceJson.read(AceJson.write(e), EntryNumber.class));
        assertEquals(e.checkDigit(), EntryNumber.checkDigit(e.filerCode(), e.serial()));
    }

    @Property
    void changingTheCheckDigitIsRejected(@ForAll("entryNumbers") EntryNumber e) {
        String s = e.toString();
        int wrong = (e.checkDigit() + 1 + (s.hashCode() & 7)) % 10;
        if (wrong == e.checkDigit()) {
            wrong = (wrong + 1) % 10;
        }
        String bad = s.substring(0, s.length() - 1) + wrong;
        net.jqwik.api.Assume.that(wrong != e.checkDigit());
        org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class, () -> EntryNumber.parse(bad));
    }

    @Property
    void htsNumbersRoundTrip(@ForAll("htsNumbers") HtsNumber h) {
        roundTrips(h, HtsNumber::parse, HtsNumber.class);
        assertEquals(h, HtsNumber.parse(h.usitcFormat()));
        assertEquals(h, HtsNumber.parse(h.digits()));
    }

    @Property
    void importerNumbersRoundTrip(@ForAll("importerNumbers") ImporterNumber i) {
        assertEquals(i, ImporterNumber.parse(i.reveal()));
        assertEquals(i, AceJson.read(AceJson.write(i), ImporterNumber.class));
    }

    @Property
    void ssnNeverAppearsUnmasked(@ForAll("ssns") ImporterNumber ssn) {
        String full = ssn.reveal();
        String digits = full.replace("-", "");
        assertFalse(ssn.toString().contains(full));
        assertFalse(ssn.toString().replace("-", "").contains(digits.substring(0, 5)));
        assertFalse(AceJson.writeRedacted(ssn).contains(full));
        // a corrupted SSN's error never echoes it
        String corrupted = full.substring(0, 10) + "X";
        try {
            ImporterNumber.parse(corrupted);
        } catch (InvalidValueException e) {
            assertFalse(e.getMessage().contains(full.substring(0, 6)), e.getMessage());
        }
    }

    @Property
    void moneyAndQuantitiesRoundTrip(@ForAll("money") Money m, @ForAll("quantities") Quantity q) {
        roundTrips(m, Money::parse, Money.class);
        if (q.unit().isKnown()) {
            roundTrips(q, Quantity::parse, Quantity.class);
        }
    }

    @Property
    void midsRoundTrip(@ForAll("mids") ManufacturerId m) {
        roundTrips(m, ManufacturerId::parse, ManufacturerId.class);
    }

    @Property
    void otherCodesRoundTrip(@ForAll("filerCodes") FilerCode f) {
        roundTrips(f, FilerCode::parse, FilerCode.class);
        for (String c : java.util.Locale.getISOCountries()) {
            roundTrips(CountryCode.parse(c), CountryCode::parse, CountryCode.class);
        }
        roundTrips(PortCode.parse("2704"), PortCode::parse, PortCode.class);
        roundTrips(ForeignPortCode.parse("57035"), ForeignPortCode::parse, ForeignPortCode.class);
        roundTrips(ScacCode.parse("MAEU"), ScacCode::parse, ScacCode.class);
        roundTrips(InternalTransactionNumber.parse("X20190308366903"), InternalTransactionNumber::parse,
                InternalTransactionNumber.class);
        for (EntryType t : EntryType.values()) {
            assertEquals(t, EntryType.fromCode(t.code()));
        }
        for (SpecialProgram t : SpecialProgram.values()) {
            assertEquals(t, SpecialProgram.fromCode(t.code()));
        }
        for (UnitOfMeasure t : UnitOfMeasure.values()) {
            assertEquals(t, UnitOfMeasure.fromCode(t.code()));
        }
    }

    /** Random text never makes a parser throw anything but its documented exception. */
    @Property(tries = 2000)
    void parsersOnlyThrowInvalidValueException(@ForAll @StringLength(max = 20) String s) {
        for (Function<String, ?> p : java.util.List.<Function<String, ?>>of(EntryNumber::parse, FilerCode::parse,
                HtsNumber::parse, ImporterNumber::parse, ManufacturerId::parse, PortCode::parse, ForeignPortCode::parse,
                CountryCode::parse, ScacCode::parse, InternalTransactionNumber::parse, Money::parse, Quantity::parse)) {
            try {
                p.apply(s);
            } catch (InvalidValueException expected) {
                // documented
            }
        }
        EntryType.fromCode(s);
        UnitOfMeasure.fromCode(s);
        SpecialProgram.fromCode(s);
    }

    @Property(tries = 500)
    void shapedRandomTextOnlyThrowsInvalidValueException(
            @ForAll("shaped") String s) {
        parsersOnlyThrowInvalidValueException(s);
    }

    @Provide
    Arbitrary<String> shaped() {
        return Arbitraries.strings().withChars("0123456789-. ABXZOI").ofMaxLength(16);
    }
}
