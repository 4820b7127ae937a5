/** Cargo release (CBP Form 3461, CATAIR SE). */
package org.acesdk.model.release;
