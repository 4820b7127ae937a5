/** The transport SPI between the client and the gateway, and its HTTPS implementation on OkHttp. */
package org.acesdk.client.transport;
