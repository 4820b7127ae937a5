/** The built-in rule packs: entry summary, cargo release, ISF and EEI. */
package org.acesdk.rules.pack;
