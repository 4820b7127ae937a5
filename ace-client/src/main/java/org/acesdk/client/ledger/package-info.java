/**
 * The filing ledger: a durable record of every submission, written before its first send and updated as CBP answers,
 * so that a client restarted after a crash resumes with the original idempotency keys and never files twice.
 */
package org.acesdk.client.ledger;
