/** Offline checks and duty math: the validator and its rule packs, tariffs, duty and fees, the chapter 99 advisor. */
module org.acesdk.rules {
    requires transitive org.acesdk.model;
    requires transitive org.acesdk.data;
    requires org.hibernate.validator;
    requires com.fasterxml.jackson.dataformat.csv;

    exports org.acesdk.rules;
    exports org.acesdk.rules.advisor;
    exports org.acesdk.rules.duty;
    exports org.acesdk.rules.isf;
    exports org.acesdk.rules.pack;
    exports org.acesdk.rules.pga;
    exports org.acesdk.rules.psc;
    exports org.acesdk.rules.refund;
    exports org.acesdk.rules.tariff;

    // Jackson writes findings, assessments and advice as JSON
    opens org.acesdk.rules to com.fasterxml.jackson.databind;
    opens org.acesdk.rules.advisor to com.fasterxml.jackson.databind;
    opens org.acesdk.rules.duty to com.fasterxml.jackson.databind;

    uses org.acesdk.rules.RulePack;
    provides org.acesdk.rules.RulePack with
            org.acesdk.rules.pack.EntrySummaryRules,
            org.acesdk.rules.pack.CargoReleaseRules,
            org.acesdk.rules.pack.IsfRules,
            org.acesdk.rules.pack.ExportRules,
            org.acesdk.rules.pack.PgaRules,
            org.acesdk.rules.pack.CpscRules,
            org.acesdk.rules.pack.FdaRules;
}
