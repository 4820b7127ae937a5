/** The entry summary (CBP Form 7501, CATAIR AE) and its lines, tariff numbers, bonds and AD/CVD cases. */
package org.acesdk.model.entry;
