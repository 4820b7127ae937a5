/**
 * The SDK's IEEPA refund re-assessment and CAPE planning on Apache Spark 4, for entry histories larger than one
 * machine. The single-machine API ({@code org.acesdk.rules.refund.RefundPlanner}) stays the default.
 */
package org.acesdk.spark;
