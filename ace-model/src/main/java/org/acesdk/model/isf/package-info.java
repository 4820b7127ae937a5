/** Importer Security Filing (ISF-10 and ISF-5). */
package org.acesdk.model.isf;
