/** The testkit: a fake ACE gateway, fault injection and sample filings for integrators' tests. */
package org.acesdk.testkit;
