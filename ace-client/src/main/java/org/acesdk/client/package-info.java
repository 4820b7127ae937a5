/** The ACE client: transmits filings to a gateway and reads CBP's answers. */
package org.acesdk.client;
