/**
 * Post-summary corrections (PSC): what changed between the filed and the corrected entry summary, the money it
 * moves per line and in total, whether CBP's window and edits allow it, and the replace transmission to send.
 */
package org.acesdk.rules.psc;
