/** Implementation details of the rules module; not API. */
package org.acesdk.rules.internal;
