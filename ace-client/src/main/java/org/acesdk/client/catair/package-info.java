/** The CATAIR codec: record layouts, reader and writer, encoders and decoders for AE, SE and CBP's responses. */
package org.acesdk.client.catair;
