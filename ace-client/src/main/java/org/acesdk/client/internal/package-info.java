/** Implementation details of the client module; not API. */
package org.acesdk.client.internal;
