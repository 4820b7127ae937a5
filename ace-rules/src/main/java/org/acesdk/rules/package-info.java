/** The rules engine: rules, rule sets, rule packs and the validator. */
package org.acesdk.rules;
