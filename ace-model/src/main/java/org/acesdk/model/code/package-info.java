/** Customs value types: identifiers (entry number, HTS number, importer number, MID ...) and CBP code lists. */
package org.acesdk.model.code;
