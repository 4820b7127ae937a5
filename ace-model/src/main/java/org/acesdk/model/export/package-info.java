/** Electronic Export Information (EEI) for AES. */
package org.acesdk.model.export;
