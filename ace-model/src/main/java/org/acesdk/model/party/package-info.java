/** Trade parties and their addresses, shared by ISF, EEI and entity records. */
package org.acesdk.model.party;
