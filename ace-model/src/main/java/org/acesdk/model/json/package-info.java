/** The JSON mapping of every document ({@link org.acesdk.model.json.AceJson}). */
package org.acesdk.model.json;
