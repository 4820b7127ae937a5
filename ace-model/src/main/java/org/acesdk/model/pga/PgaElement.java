package org.acesdk.model.pga;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.acesdk.model.internal.Lists;

/**
 * One part of a PGA line after its PG01, in the order it is sent: a record, or a record with the records that belong
 * to it (an entity is its PG19 with PG20, PG21, PG55, PG60 and PG23). Each type names its CATAIR record; field names
 * follow the PGA Message Set chapter (July 2026). Codes are open strings: the agencies' lists are not all published
 * (checked by the agency rule packs, not here). Immutable.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "record")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PgaElement.Product.class, name = "PG02"),
        @JsonSubTypes.Type(value = PgaElement.Constituent.class, name = "PG04"),
        @JsonSubTypes.Type(value = PgaElement.Species.class, name = "PG05"),
        @JsonSubTypes.Type(value = PgaElement.Origin.class, name = "PG06"),
        @JsonSubTypes.Type(value = PgaElement.ItemIdentity.class, name = "PG07"),
        @JsonSubTypes.Type(value = PgaElement.Characteristic.class, name = "PG10"),
        @JsonSubTypes.Type(value = PgaElement.Lpco.class, name = "PG14"),
        @JsonSubTypes.Type(value = PgaElement.CommonName.class, name = "PG17"),
        @JsonSubTypes.Type(value = PgaElement.HazardousMaterial.class, name = "PG18"),
        @JsonSubTypes.Type(value = PgaEntity.class, name = "PG19"),
        @JsonSubTypes.Type(value = PgaElement.Declaration.class, name = "PG22"),
        @JsonSubTypes.Type(value = PgaElement.Affirmation.class, name = "PG23"),
        @JsonSubTypes.Type(value = PgaElement.Remark.class, name = "PG24"),
        @JsonSubTypes.Type(value = PgaElement.Lot.class, name = "PG25"),
        @JsonSubTypes.Type(value = PgaElement.Packaging.class, name = "PG26"),
        @JsonSubTypes.Type(value = PgaElement.Containers.class, name = "PG27"),
        @JsonSubTypes.Type(value = PgaElement.CanTracking.class, name = "PG28"),
        @JsonSubTypes.Type(value = PgaElement.Quantities.class, name = "PG29"),
        @JsonSubTypes.Type(value = PgaElement.Inspection.class, name = "PG30"),
        @JsonSubTypes.Type(value = PgaElement.Vessel.class, name = "PG31"),
        @JsonSubTypes.Type(value = PgaElement.Routing.class, name = "PG32"),
        @JsonSubTypes.Type(value = PgaElement.GeographicArea.class, name = "PG33"),
        @JsonSubTypes.Type(value = PgaElement.TravelDocument.class, name = "PG34"),
        @JsonSubTypes.Type(value = PgaElement.ConformanceBond.class, name = "PG35"),
        @JsonSubTypes.Type(value = PgaElement.GroupStart.class, name = "PG50"),
        @JsonSubTypes.Type(value = PgaElement.GroupEnd.class, name = "PG51"),
        @JsonSubTypes.Type(value = PgaElement.Substitution.class, name = "PG00"),
        @JsonSubTypes.Type(value = PgaElement.AdditionalInfo.class, name = "PG60"),
        @JsonSubTypes.Type(value = PgaElement.Unrecognized.class, name = "RAW")})
public sealed interface PgaElement permits PgaElement.Product, PgaElement.Constituent, PgaElement.Species,
        PgaElement.Origin, PgaElement.ItemIdentity, PgaElement.Characteristic, PgaElement.Lpco, PgaElement.CommonName,
        PgaElement.HazardousMaterial, PgaEntity, PgaElement.Declaration, PgaElement.Affirmation, PgaElement.Remark,
        PgaElement.Lot, PgaElement.Packaging, PgaElement.Containers, PgaElement.CanTracking, PgaElement.Quantities,
        PgaElement.Inspection, PgaElement.Vessel, PgaElement.Routing, PgaElement.GeographicArea,
        PgaElement.TravelDocument, PgaElement.ConformanceBond, PgaElement.GroupStart, PgaElement.GroupEnd,
        PgaElement.Substitution, PgaElement.AdditionalInfo, PgaElement.Unrecognized {

    /** The CATAIR record that starts this element, e.g. {@code PG19}. */
    String recordId();

    /**
     * PG02: the product or a component, with up to three product codes (e.g. {@code FDP} FDA product code, {@code SKU},
     * {@code PRI}/{@code PRIV} CPSC Product Registry id and version).
     *
     * @param itemType {@code P} product or {@code C} component
     * @param qualifier1 first code's qualifier
     * @param number1 first code
     * @param qualifier2 second code's qualifier
     * @param number2 second code
     * @param qualifier3 third code's qualifier
     * @param number3 third code
     */
    record Product(String itemType, String qualifier1, String number1, String qualifier2, String number2,
            String qualifier3, String number3) implements PgaElement {
        /** The product with one code. */
        public static Product of(String qualifier, String number) {
            return new Product("P", qualifier, number, null, null, null, null);
        }

        /** An FDA product code ({@code FDP}), 7 characters, e.g. {@code 04A--01}. */
        public static Product fdaProductCode(String code) {
            return of("FDP", code);
        }

        /** A CPSC Product Registry reference: product id ({@code PRI}) and certificate version ({@code PRIV}). */
        public static Product registry(String productId, String version) {
            return new Product("P", "PRI", productId, "PRIV", version, null, null);
        }

        /** The code of that qualifier, or {@code null}. */
        public String code(String qualifier) {
            return qualifier.equals(qualifier1) ? number1 : qualifier.equals(qualifier2) ? number2
                    : qualifier.equals(qualifier3) ? number3 : null;
        }

        @Override
        public String recordId() {
            return "PG02";
        }
    }

    /**
     * PG04: a constituent or active ingredient.
     *
     * @param activeIngredient {@code Y} when it is an active ingredient
     * @param name its name
     * @param quantity its quantity (2 decimals)
     * @param unit the quantity's unit, e.g. {@code MG}
     * @param percent its percent (4 decimals)
     */
    record Constituent(String activeIngredient, String name, BigDecimal quantity, String unit, BigDecimal percent)
            implements PgaElement {
        @Override
        public String recordId() {
            return "PG04";
        }
    }

    /**
     * PG05: scientific species (FWS, APHIS Lacey Act, NMFS).
     *
     * @param genus the genus
     * @param species the species
     * @param subspecies the sub-species
     * @param speciesCode a species code, e.g. an FAO 3-alpha code
     * @param fwsDescriptionCode the FWS description code
     */
    record Species(String genus, String species, String subspecies, String speciesCode, String fwsDescriptionCode)
            implements PgaElement {
        @Override
        public String recordId() {
            return "PG05";
        }
    }

    /**
     * PG06: a source, processing or origin country of the product.
     *
     * @param sourceType {@code 39} country of production, {@code 262} place of growth, {@code CSH} country of
     *     shipment, {@code 294} previously refused, {@code HRV} harvest...
     * @param country the country (ISO)
     * @param location region, state or area
     * @param processingStart processing start date
     * @param processingEnd processing end date
     * @param processingType processing type code (NMFS, AMS)
     * @param processingDescription processing description
     */
    record Origin(String sourceType, String country, String location, LocalDate processingStart,
            LocalDate processingEnd, String processingType, String processingDescription) implements PgaElement {
        /** A source type and country, e.g. {@code 39 IT}. */
        public static Origin of(String sourceType, String country) {
            return new Origin(sourceType, country, null, null, null, null, null);
        }

        @Override
        public String recordId() {
            return "PG06";
        }
    }

    /**
     * PG07 (with its PG08 and PG60 {@code TBN}/{@code PMN}): brand, model, manufacture date and an item identity
     * number.
     *
     * @param brandName trade or brand name
     * @param model model or product name
     * @param manufactureDate manufacture month and year {@code MMCCYY} ({@code 00CCYY} when only the year is known)
     * @param identityQualifier what the number is: {@code MN} model, {@code SE} serial, {@code RN} registered,
     *     {@code ALT} alternate, {@code VIN}, {@code ENN}...
     * @param identityNumber the number
     * @param additionalNumbers up to four more numbers of the same kind (PG08)
     * @param info overflow of the brand ({@code TBN}) or model ({@code PMN}) name (PG60)
     */
    record ItemIdentity(String brandName, String model, String manufactureDate, String identityQualifier,
            String identityNumber, List<String> additionalNumbers, List<AdditionalInfo> info) implements PgaElement {
        /** Copies the lists. */
        public ItemIdentity {
            additionalNumbers = Lists.copy(additionalNumbers, "additionalNumbers");
            info = Lists.copy(info, "info");
            if (additionalNumbers.size() > 4) {
                throw new IllegalArgumentException("additionalNumbers: a PG08 holds at most 4 numbers");
            }
        }

        /** An item with a brand, a model, a manufacture date and one identity number. */
        public static ItemIdentity of(String brandName, String model, String manufactureDate, String qualifier,
                String number) {
            return new ItemIdentity(brandName, model, manufactureDate, qualifier, number, List.of(), List.of());
        }

        @Override
        public String recordId() {
            return "PG07";
        }
    }

    /**
     * PG10: a commodity category or characteristic (FDA: the common or usual name in the description; CPSC:
     * {@code PC9} with {@code MC} colour, {@code MD} description, {@code MS} style).
     *
     * @param categoryType category type code
     * @param category category code
     * @param commodityQualifier commodity qualifier, e.g. {@code PC9}, {@code V05}
     * @param characteristicQualifier characteristic qualifier, e.g. {@code MC}
     * @param description the characteristic's description
     */
    record Characteristic(String categoryType, String category, String commodityQualifier,
            String characteristicQualifier, String description) implements PgaElement {
        /** FDA's common or usual name of the product. */
        public static Characteristic commonName(String name) {
            return new Characteristic(null, null, null, null, name);
        }

        /** A qualified characteristic, e.g. {@code PC9 MC RED}. */
        public static Characteristic of(String commodityQualifier, String characteristicQualifier, String text) {
            return new Characteristic(null, null, commodityQualifier, characteristicQualifier, text);
        }

        @Override
        public String recordId() {
            return "PG10";
        }
    }

    /**
     * PG14 (with its PG13 issuer when any issuer field is given): a licence, permit, certificate or other document
     * (LPCO).
     *
     * @param issuer the issuing authority's name (PG13)
     * @param issuerQualifier the issuer's geographic code qualifier (PG13)
     * @param issuerLocation the issuer's country, state or province (PG13)
     * @param issuerRegion the issuer's regional description (PG13)
     * @param transactionType {@code 1} single use, {@code 2} continuous, {@code 3} general
     * @param lpcoType the agency's LPCO type, e.g. {@code PNC} FDA prior-notice confirmation
     * @param number the LPCO number or name (CPSC reference filing: the certifier reference)
     * @param dateQualifier {@code 1} expiration, {@code 2} effective, {@code 3} issued, {@code 4} application received
     * @param date the LPCO date
     * @param quantity quantity charged against it (4 decimals)
     * @param unit the quantity's unit
     * @param exemptionCode the agency's exemption code
     */
    record Lpco(String issuer, String issuerQualifier, String issuerLocation, String issuerRegion,
            Integer transactionType, String lpcoType, String number, Integer dateQualifier, LocalDate date,
            BigDecimal quantity, String unit, String exemptionCode) implements PgaElement {
        /** An LPCO of a type and number. */
        public static Lpco of(Integer transactionType, String lpcoType, String number) {
            return new Lpco(null, null, null, null, transactionType, lpcoType, number, null, null, null, null, null);
        }

        /** Whether a PG13 is sent before the PG14. */
        public boolean hasIssuer() {
            return issuer != null || issuerQualifier != null || issuerLocation != null || issuerRegion != null;
        }

        @Override
        public String recordId() {
            return hasIssuer() ? "PG13" : "PG14";
        }
    }

    /**
     * PG17: common names of wildlife (FWS).
     *
     * @param specificName the specific common name
     * @param generalName the general common name
     * @param liveVenomous {@code Y} when live and venomous
     * @param cartons number of cartons containing wildlife
     */
    record CommonName(String specificName, String generalName, String liveVenomous, Integer cartons)
            implements PgaElement {
        @Override
        public String recordId() {
            return "PG17";
        }
    }

    /**
     * PG18: hazardous material.
     *
     * @param unCode UN or dangerous goods code, e.g. {@code UN1950}
     * @param hazardClass hazard class, e.g. {@code 2.1}
     * @param epaWasteCode EPA hazardous waste code
     * @param description description
     * @param packingGroup packing group 1-3
     */
    record HazardousMaterial(String unCode, String hazardClass, String epaWasteCode, String description,
            Integer packingGroup) implements PgaElement {
        @Override
        public String recordId() {
            return "PG18";
        }
    }

    /**
     * PG22 (with a PG21 of the declaring individual, if any): an importer's declaration or substantiating document
     * (CPSC {@code CPY}: a certificate exists).
     *
     * @param signedDocument {@code Y} when a signed document substantiates it
     * @param documentId the agency form
     * @param conformance the declaration box of the form
     * @param role who declares, e.g. {@code CI}
     * @param code the declaration code, e.g. {@code CPY}, {@code EP4}
     * @param certification {@code Y}
     * @param signatureDate date of signature
     * @param invoiceNumber invoice number
     * @param description compliance description
     * @param contact the declaring individual (PG21), or {@code null}
     */
    record Declaration(String signedDocument, String documentId, String conformance, String role, String code,
            String certification, LocalDate signatureDate, String invoiceNumber, String description,
            PgaEntity.Contact contact) implements PgaElement {
        /** A declaration by its code alone, e.g. {@code CPY}. */
        public static Declaration code(String code) {
            return new Declaration(null, null, null, null, code, null, null, null, null, null);
        }

        @Override
        public String recordId() {
            return "PG22";
        }
    }

    /**
     * PG23: an affirmation of compliance, e.g. FDA {@code PFR} food facility registration, {@code DEV}, {@code LST}.
     *
     * @param code the affirmation code
     * @param qualifier the number or {@code Y}/{@code N} it affirms
     */
    record Affirmation(String code, String qualifier) implements PgaElement {
        /** An affirmation. */
        public static Affirmation of(String code, String qualifier) {
            return new Affirmation(code, qualifier);
        }

        @Override
        public String recordId() {
            return "PG23";
        }
    }

    /**
     * PG24: remarks.
     *
     * @param type remarks type, e.g. {@code GEN}
     * @param code the agency's remarks code
     * @param text the remarks
     */
    record Remark(String type, String code, String text) implements PgaElement {
        @Override
        public String recordId() {
            return "PG24";
        }
    }

    /**
     * PG25: temperature, lot and the PGA line's values.
     *
     * @param temperatureQualifier {@code A} ambient, {@code F} frozen, {@code R} refrigerated...
     * @param degreeType {@code F}, {@code C} or {@code K}
     * @param negative {@code X} when the temperature is negative
     * @param temperature the temperature (2 decimals)
     * @param recordingLocation {@code A} product, {@code B} container, {@code C} conveyance
     * @param lotQualifier {@code 1} manufacturer, {@code 2} seller, {@code 3} grower, {@code 4} producer
     * @param lotNumber the lot number
     * @param productionStart production start of the lot
     * @param productionEnd production end of the lot
     * @param lineValue the PGA line's value in whole U.S. dollars
     * @param unitValue the unit value (2 decimals)
     */
    record Lot(String temperatureQualifier, String degreeType, String negative, BigDecimal temperature,
            String recordingLocation, String lotQualifier, String lotNumber, LocalDate productionStart,
            LocalDate productionEnd, BigDecimal lineValue, BigDecimal unitValue) implements PgaElement {
        /** A lot with its production dates. */
        public static Lot lot(String qualifier, String number, LocalDate start, LocalDate end) {
            return new Lot(null, null, null, null, null, qualifier, number, start, end, null, null);
        }

        /** The PGA line's value in whole dollars. */
        public static Lot value(BigDecimal lineValue) {
            return new Lot(null, null, null, null, null, null, null, null, null, lineValue, null);
        }

        @Override
        public String recordId() {
            return "PG25";
        }
    }

    /**
     * PG26: one packaging level ({@code 1} outermost to {@code 6} base unit), its quantity per unit of the level above.
     *
     * @param level 1-6
     * @param quantity the quantity (2 decimals)
     * @param unit the unit, e.g. {@code CS}, {@code BG}, {@code G}
     * @param packageId a package identifier
     * @param method packaging method
     * @param material package material
     * @param packageFiller package filler material
     */
    record Packaging(Integer level, BigDecimal quantity, String unit, String packageId, String method,
            String material, String packageFiller) implements PgaElement {
        /** A level with its quantity and unit. */
        public static Packaging of(int level, BigDecimal quantity, String unit) {
            return new Packaging(level, quantity, unit, null, null, null, null);
        }

        @Override
        public String recordId() {
            return "PG26";
        }
    }

    /**
     * PG27: up to three shipping containers of one record.
     *
     * @param containers 1-3 containers
     */
    record Containers(List<Container> containers) implements PgaElement {
        /** Copies the list and checks its size. */
        public Containers {
            containers = Lists.copy(containers, "containers");
            if (containers.isEmpty() || containers.size() > 3) {
                throw new IllegalArgumentException("containers: a PG27 holds 1 to 3 containers");
            }
        }

        /** One container by its number. */
        public static Containers of(String number) {
            return new Containers(List.of(new Container(number, null, null)));
        }

        @Override
        public String recordId() {
            return "PG27";
        }
    }

    /**
     * A shipping container.
     *
     * @param number the container number
     * @param type {@code 1} refrigerated, {@code 2} not
     * @param length length in feet
     */
    record Container(String number, Integer type, Integer length) {
        /** Checks the number. */
        public Container {
            Objects.requireNonNull(number, "number");
        }
    }

    /**
     * PG28: can dimensions ({@code WWSS}: inches and sixteenths) and package tracking (FDA).
     *
     * @param dimension1 first dimension
     * @param dimension2 second dimension
     * @param dimension3 third dimension
     * @param trackingCode the carrier's tracking code
     * @param trackingNumber the tracking number
     */
    record CanTracking(String dimension1, String dimension2, String dimension3, String trackingCode,
            String trackingNumber) implements PgaElement {
        @Override
        public String recordId() {
            return "PG28";
        }
    }

    /**
     * PG29: the PGA line's net and gross quantities, and per unit.
     *
     * @param netUnit unit of the net quantity
     * @param net net quantity (2 decimals)
     * @param grossUnit unit of the gross quantity
     * @param gross gross quantity
     * @param unitNetUnit unit of the net quantity per unit
     * @param unitNet net quantity per unit
     * @param unitGrossUnit unit of the gross quantity per unit
     * @param unitGross gross quantity per unit
     */
    record Quantities(String netUnit, BigDecimal net, String grossUnit, BigDecimal gross, String unitNetUnit,
            BigDecimal unitNet, String unitGrossUnit, BigDecimal unitGross) implements PgaElement {
        @Override
        public String recordId() {
            return "PG29";
        }
    }

    /**
     * PG30 (with the PG19 entity of the place or laboratory, if any): arrival, inspection or testing.
     *
     * @param status {@code A} anticipated arrival, {@code I} location for inspection, {@code R}/{@code S}/{@code P}
     *     inspection requested, scheduled, performed, {@code L} lab testing performed, {@code N} no lab testing,
     *     {@code F} from a foreign-trade zone
     * @param date the arrival, inspection or test date
     * @param time the time {@code HHMM}
     * @param locationCode the location code (sources send {@code 2} with a port) [uncertain]
     * @param location the location, e.g. a port code
     * @param entity the place or laboratory (PG19 with its records), or {@code null}
     */
    record Inspection(String status, LocalDate date, String time, String locationCode, String location,
            PgaEntity entity) implements PgaElement {
        /** CPSC: lab testing performed on the date, by the laboratory. */
        public static Inspection labTest(LocalDate date, PgaEntity laboratory) {
            return new Inspection("L", date, null, null, null, laboratory);
        }

        /** Anticipated arrival at a port on a date and time (FDA prior notice). */
        public static Inspection arrival(LocalDate date, String time, String port) {
            return new Inspection("A", date, time, "2", port, null);
        }

        @Override
        public String recordId() {
            return "PG30";
        }
    }

    /**
     * PG31: a harvesting vessel characteristic (NMFS).
     *
     * @param characteristicType e.g. {@code VNM} vessel name
     * @param characteristic the value
     * @param unit unit of the net weight
     * @param netWeight net weight (2 decimals)
     */
    record Vessel(String characteristicType, String characteristic, String unit, BigDecimal netWeight)
            implements PgaElement {
        @Override
        public String recordId() {
            return "PG31";
        }
    }

    /**
     * PG32: commodity routing.
     *
     * @param routingType routing type code
     * @param country routing country
     * @param subUnitQualifier sub-unit qualifier
     * @param subUnitNumber sub-unit number
     * @param subUnitName sub-unit name
     */
    record Routing(String routingType, String country, String subUnitQualifier, String subUnitNumber,
            String subUnitName) implements PgaElement {
        @Override
        public String recordId() {
            return "PG32";
        }
    }

    /**
     * PG33: a geographic (catch) area (NMFS).
     *
     * @param areaCode the area code
     * @param areaName the area name
     */
    record GeographicArea(String areaCode, String areaName) implements PgaElement {
        @Override
        public String recordId() {
            return "PG33";
        }
    }

    /**
     * PG34: a travel document.
     *
     * @param documentType the document type
     * @param nationality nationality (ISO)
     * @param documentNumber the document number
     */
    record TravelDocument(String documentType, String nationality, String documentNumber) implements PgaElement {
        @Override
        public String recordId() {
            return "PG34";
        }
    }

    /**
     * PG35: a conformance bond (NHTSA).
     *
     * @param suretyCode DOT surety code
     * @param serialNumber bond serial number
     * @param bondQualifier {@code 1} single transaction, {@code 2} continuous
     * @param amount bond amount in whole dollars
     */
    record ConformanceBond(String suretyCode, String serialNumber, Integer bondQualifier, BigDecimal amount)
            implements PgaElement {
        @Override
        public String recordId() {
            return "PG35";
        }
    }

    /** PG50: opens a repeating group under the record before it (PG02, PG04, PG13 or PG14). */
    record GroupStart() implements PgaElement {
        @Override
        public String recordId() {
            return "PG50";
        }
    }

    /** PG51: closes the repeating group PG50 opened. */
    record GroupEnd() implements PgaElement {
        @Override
        public String recordId() {
            return "PG51";
        }
    }

    /**
     * PG00: substitution ({@code S} start, {@code E} end, {@code R} replace).
     *
     * @param indicator S, E or R
     * @param number the substitution number 0001-9999 (optional on E)
     */
    record Substitution(String indicator, String number) implements PgaElement {
        @Override
        public String recordId() {
            return "PG00";
        }
    }

    /**
     * PG60: additional information or overflow of the record before it ({@code ENA}, {@code AD1}-{@code AD5},
     * {@code CIT}, {@code CP1}-{@code CP4}, {@code TEL}, {@code EMA}, {@code INA}, {@code TBN}, {@code PMN}...). The
     * encoder writes at most 72 characters of text (the sources disagree on 72 or 73).
     *
     * @param qualifier the qualifier
     * @param text the information
     */
    record AdditionalInfo(String qualifier, String text) implements PgaElement {
        /** Additional information. */
        public static AdditionalInfo of(String qualifier, String text) {
            return new AdditionalInfo(qualifier, text);
        }

        @Override
        public String recordId() {
            return "PG60";
        }
    }

    /**
     * A record inside a PGA line the SDK does not model (or that stands where its parent is missing), kept as read.
     *
     * @param raw the record's 80 characters
     */
    record Unrecognized(String raw) implements PgaElement {
        /** Checks the text. */
        public Unrecognized {
            Objects.requireNonNull(raw, "raw");
        }

        @Override
        public String recordId() {
            return raw.length() >= 4 ? raw.substring(0, 4) : raw;
        }
    }
}
