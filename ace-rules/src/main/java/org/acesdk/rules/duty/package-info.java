/** Duty and fee math: assessment of entry summaries, fee tables, chapter 99 programs and exchange rates. */
package org.acesdk.rules.duty;
