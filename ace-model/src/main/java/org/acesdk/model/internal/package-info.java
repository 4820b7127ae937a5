/** Implementation details of the model module; not API and may change without notice. */
package org.acesdk.model.internal;
