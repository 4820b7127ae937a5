/**
 * The typed filings of the ACE SDK: entry summaries, cargo releases, ISFs, exports, partner-agency data, CBP's
 * answers, and their JSON form.
 */
module org.acesdk.model {
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires transitive jakarta.validation;

    exports org.acesdk.model.code;
    exports org.acesdk.model.entry;
    exports org.acesdk.model.export;
    exports org.acesdk.model.isf;
    exports org.acesdk.model.json;
    exports org.acesdk.model.money;
    exports org.acesdk.model.party;
    exports org.acesdk.model.pga;
    exports org.acesdk.model.release;
    exports org.acesdk.model.response;
    exports org.acesdk.model.internal to org.acesdk.data, org.acesdk.rules, org.acesdk.client;

    // Jackson binds the records and Hibernate Validator reads their constrained components
    opens org.acesdk.model.code to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.acesdk.model.entry to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.acesdk.model.export to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.acesdk.model.isf to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.acesdk.model.money to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.acesdk.model.party to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.acesdk.model.pga to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.acesdk.model.release to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens org.acesdk.model.response to com.fasterxml.jackson.databind, org.hibernate.validator;
}
