/**
 * IEEPA duty refunds after the duties were struck down (last charged 2026-02-23): re-assessment of filed entries on
 * the law as it now stands, CAPE eligibility by CBP's dated phase rules, expected refunds, and CAPE declaration files.
 */
package org.acesdk.rules.refund;
