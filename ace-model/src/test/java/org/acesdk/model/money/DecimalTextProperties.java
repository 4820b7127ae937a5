package org.acesdk.model.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.acesdk.model.code.InvalidValueException;

/** Decimal text is accepted exactly when it is a plain decimal: the documented grammar, written as a regex here. */
class DecimalTextProperties {
    private static final Pattern PLAIN = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    @Property(tries = 3000)
    void acceptsExactlyPlainDecimals(@ForAll @StringLength(min = 1, max = 8) @Chars({'0', '1', '9', '.', '+', '-',
            'e', ',', ' '}) String text) {
        BigDecimal parsed;
        try {
            parsed = Money.decimal(text);
        } catch (InvalidValueException e) {
            parsed = null;
        }
        boolean plain = PLAIN.matcher(text.trim()).matches();
        assertEquals(plain, parsed != null, () -> "'" + text + "'");
        if (plain) {
            assertEquals(new BigDecimal(text.trim()), parsed);
        }
    }
}
