/** The ACE client: transmits filings to a gateway over HTTPS (or a custom transport) and reads CBP's answers. */
package org.acesdk.client;
