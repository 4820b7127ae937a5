package org.acesdk.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypesTest {

    @Test
    void entryNumberAppendixEExample() {
        EntryNumber e = EntryNumber.of(FilerCode.parse("B76"), "0324527");
        assertEquals(8, e.checkDigit());
        assertEquals("B76-0324527-8", e.toString());
        assertEquals(e, EntryNumber.parse("B76-0324527-8"));
        assertEquals(e, EntryNumber.parse("B7603245278"));
        assertEquals("03245278", e.serialWithCheckDigit());
    }

    @ParameterizedTest
    @CsvSource({"SV9,7100541,5", "JJ8,8545110,1", "267,0200850,4", "XJ5,2345678,9"})
    void entryNumberRealSamples(String filer, String serial, int digit) {
        assertEquals(digit, EntryNumber.of(FilerCode.parse(filer), serial).checkDigit());
    }

    @Test
    void entryNumberRejectsWrongCheckDigit() {
        InvalidValueException ex = assertThrows(InvalidValueException.class, () -> EntryNumber.parse("B76-0324527-7"));
        assertEquals("EntryNumber", ex.valueKind());
        assertTrue(ex.getMessage().contains("check digit"), ex.getMessage());
        // The Q-CR fixture N01 + 03245278 reuses the B76 digit and does not verify.
        assertThrows(InvalidValueException.class, () -> EntryNumber.parse("N01-0324527-8"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "B76", "B76-032452-8", "B76-03245X7-8", "B7?-0324527-8", "B76_0324527_8"})
    void entryNumberRejectsMalformed(String s) {
        assertThrows(InvalidValueException.class, () -> EntryNumber.parse(s));
    }

    @Test
    void filerCodeLetterMapping() {
        // A-I -> 1-9, J-R -> 1-9, S-Z -> 2-9
        FilerCode f = FilerCode.parse("AJS");
        assertEquals(1, f.digitAt(0));
        assertEquals(1, f.digitAt(1));
        assertEquals(2, f.digitAt(2));
        FilerCode z = FilerCode.parse("IRZ");
        assertEquals(9, z.digitAt(0));
        assertEquals(9, z.digitAt(1));
        assertEquals(9, z.digitAt(2));
        assertEquals("B76", FilerCode.parse("b76").code());
        assertThrows(InvalidValueException.class, () -> FilerCode.parse("B7"));
        assertThrows(InvalidValueException.class, () -> FilerCode.parse("B-6"));
    }

    @Test
    void htsNumberFormsAndParts() {
        HtsNumber a = HtsNumber.parse("7326.90.8688");
        assertEquals(a, HtsNumber.parse("7326908688"));
        assertEquals(a, HtsNumber.parse("7326.90.86.88"));
        assertEquals(HtsNumber.Precision.STATISTICAL_10, a.precision());
        assertEquals(73, a.chapter());
        assertEquals("7326", a.heading());
        assertEquals("732690", a.subheading6());
        assertEquals(Optional.of("88"), a.statisticalSuffix());
        assertEquals("7326.90.86", a.rateLine().orElseThrow().toString());
        assertEquals("7326.90.86.88", a.usitcFormat());
        assertFalse(a.isChapter99());

        HtsNumber c99 = HtsNumber.parse("9903.88.03");
        assertTrue(c99.isChapter99());
        assertEquals(HtsNumber.Precision.RATE_LINE_8, c99.precision());
        assertEquals(Optional.empty(), c99.statisticalSuffix());

        HtsNumber six = HtsNumber.parse("7326.90");
        assertEquals(HtsNumber.Precision.SUBHEADING_6, six.precision());
        assertEquals("7326.90", six.toString());
        assertTrue(six.covers(a));
        assertFalse(a.covers(six));
        assertEquals(Optional.empty(), six.rateLine());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7326", "7326.9", "7326.90.868", "7326.90.86881", "0026.90.8688", "7326-90-8688", "７３２６９０"})
    void htsNumberRejectsMalformed(String s) {
        assertThrows(InvalidValueException.class, () -> HtsNumber.parse(s));
    }

    @Test
    void importerNumberFormatsAndMasking() {
        ImporterNumber ssn = ImporterNumber.parse("123-45-6789");
        assertEquals(ImporterNumber.Format.SOCIAL_SECURITY_NUMBER, ssn.format());
        assertTrue(ssn.isPersonal());
        assertEquals("***-**-6789", ssn.toString());
        assertEquals("123-45-6789", ssn.reveal());

        ImporterNumber irs = ImporterNumber.parse("13-142026000");
        assertEquals(ImporterNumber.Format.IRS_NUMBER, irs.format());
        assertEquals(irs, ImporterNumber.parse("13142026000"));
        assertEquals("**-*****6000", irs.toString());

        ImporterNumber cbp = ImporterNumber.parse("260412-00001");
        assertEquals(ImporterNumber.Format.CBP_ASSIGNED, cbp.format());
        assertEquals("******-*0001", cbp.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "123-45-678X", "13-1420260O0", "13-1420260ZZ", "13-142026000I", "12-34", "ABCDEFGHIJKL"})
    void importerNumberErrorsNeverEchoInput(String s) {
        InvalidValueException ex = assertThrows(InvalidValueException.class, () -> ImporterNumber.parse(s));
        assertFalse(ex.getMessage().contains(s), ex.getMessage());
        assertFalse(ex.getMessage().matches(".*\\d{3}.*"), "no run of three digits from the input: " + ex.getMessage());
    }

    @Test
    void manufacturerIdDerivation() {
        assertEquals("CNSHASTE1234SHA",
                ManufacturerId.derive(CountryCode.CN, "Shanghai Steel Works", "1234 Industrial Road, Building 5", "Shanghai")
                        .code());
        // skipped words, largest number truncated to 4 digits
        assertEquals("VNACECOM1234HOC",
                ManufacturerId.derive(CountryCode.parse("VN"), "The Ace Company", "12 Road 123456", "Ho Chi Minh").code());
        // initials run together are one word; one-word names give 3 letters
        assertEquals("JPDJTOY10TOK", ManufacturerId.derive(CountryCode.parse("JP"), "D.J. Toys", "10 Main", "Tokyo").code());
        assertEquals("DESIE2MUN", ManufacturerId.derive(CountryCode.parse("DE"), "Siemens", "2 Platz", "Munich").code());
        // Canada uses a province code
        assertEquals("XOMAPLEA30TOR",
                ManufacturerId.derive(CountryCode.parse("XO"), "Maple Leaf Foods", "30 St. Clair Avenue West", "Toronto").code());
        assertThrows(InvalidValueException.class,
                () -> ManufacturerId.derive(CountryCode.CA, "Maple Leaf", "1 St", "Toronto"));
    }

    @Test
    void manufacturerIdParse() {
        ManufacturerId m = ManufacturerId.parse("cnshaste1234sha");
        assertEquals("CNSHASTE1234SHA", m.code());
        assertEquals(CountryCode.CN, m.countryCode());
        assertThrows(InvalidValueException.class, () -> ManufacturerId.parse("CAMAPLEA30TOR"));
        assertThrows(InvalidValueException.class, () -> ManufacturerId.parse("CNSHA STE"));
        assertThrows(InvalidValueException.class, () -> ManufacturerId.parse("CNSHASTE1234SHAX"));
        assertThrows(InvalidValueException.class, () -> ManufacturerId.parse("QQSHASTE"));
    }

    @Test
    void countryAndPorts() {
        assertEquals("CN", CountryCode.parse("cn").code());
        assertTrue(CountryCode.parse("XA").isCanadianProvince());
        assertEquals(CountryCode.CA, CountryCode.parse("XA").country());
        assertThrows(InvalidValueException.class, () -> CountryCode.parse("ZZ"));
        assertEquals("27", PortCode.parse("2704").district());
        assertThrows(InvalidValueException.class, () -> PortCode.parse("270"));
        assertThrows(InvalidValueException.class, () -> ForeignPortCode.parse("5703"));
        assertThrows(InvalidValueException.class, () -> ForeignPortCode.parse("5703a"));
        assertThrows(InvalidValueException.class, () -> ForeignPortCode.parse("570355"));
        assertThrows(InvalidValueException.class, () -> PortCode.parse("27a4"));
        assertThrows(InvalidValueException.class, () -> PortCode.parse("\u0662704"));
        assertEquals("57035", ForeignPortCode.parse(" 57035 ").code());
        assertEquals("MAEU", ScacCode.parse("maeu").code());
        assertThrows(InvalidValueException.class, () -> ScacCode.parse("MAEU1"));
    }

    @Test
    void internalTransactionNumber() {
        InternalTransactionNumber itn = InternalTransactionNumber.parse("X20190308366903");
        assertEquals(LocalDate.of(2019, 3, 8), itn.acceptanceDate());
        assertThrows(InvalidValueException.class, () -> InternalTransactionNumber.parse("X20191308366903"));
        assertThrows(InvalidValueException.class, () -> InternalTransactionNumber.parse("Y20190308366903"));
    }

    @Test
    void codesTheSdkDoesNotKnowKeepTheirText() {
        assertEquals(EntryType.CONSUMPTION, EntryType.fromCode("01"));
        assertEquals(EntryType.CONSUMPTION, EntryType.fromCode("1"));
        assertEquals(EntryType.DE_MINIMIS, EntryType.fromCode("86"));
        EntryType unknown = EntryType.fromCode("77");
        assertFalse(unknown.isKnown());
        assertEquals("77", unknown.code());
        assertEquals("UNKNOWN", unknown.name());
        assertEquals(EntryType.fromCode("77"), unknown);
        assertNotEquals(EntryType.UNKNOWN, unknown);
        assertEquals(EntryType.UNKNOWN, EntryType.fromCode(null));
        assertEquals(EntryType.UNKNOWN, EntryType.fromCode("  "));
        assertEquals(EntryType.UNKNOWN, EntryType.fromCode("x".repeat(9)), "bounded: longer text is not kept");
        assertEquals(ModeOfTransport.VESSEL_CONTAINER, ModeOfTransport.fromCode("11"));
        assertTrue(ModeOfTransport.fromCode("12").isVessel());
        assertEquals(SpecialProgram.GSP_LDBDC, SpecialProgram.fromCode("A+"));
        assertEquals(SpecialProgram.USMCA, SpecialProgram.fromCode("s"));
        assertEquals("QQ", SpecialProgram.fromCode("QQ").code());
        assertFalse(SpecialProgram.fromCode("QQ").isKnown());
        assertEquals(BondType.CONTINUOUS, BondType.fromCode("8"));
        assertEquals(UnitOfMeasure.NUMBER, UnitOfMeasure.fromCode("No."));
        assertEquals(UnitOfMeasure.DOZEN, UnitOfMeasure.fromCode("doz."));
        assertEquals(UnitOfMeasure.KILOGRAMS, UnitOfMeasure.fromCode("kg"));
        assertFalse(UnitOfMeasure.fromCode("furlongs").isKnown());
        assertEquals("furlongs", UnitOfMeasure.fromCode("furlongs").code());
        assertTrue(EntryType.ADCVD.isAdCvd());
        assertTrue(EntryType.INFORMAL.isInformal());
    }
}
