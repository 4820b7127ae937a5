/** Tariff data: the USITC HTS loader, tariff revisions and rate expressions. */
package org.acesdk.rules.tariff;
