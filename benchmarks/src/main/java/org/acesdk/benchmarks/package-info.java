/** JMH benchmarks of the SDK's hot paths. */
package org.acesdk.benchmarks;
