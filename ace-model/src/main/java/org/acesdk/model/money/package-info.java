/** Money and quantities: {@link java.math.BigDecimal} amounts with a currency or a unit, never {@code double}. */
package org.acesdk.model.money;
