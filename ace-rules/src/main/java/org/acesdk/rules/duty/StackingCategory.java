package org.acesdk.rules.duty;

/**
 * Where a tariff number stands in CBP's reporting order on a line (CSMS 18-000624, rev. Feb 2025): chapter 98,
 * then chapter 99 trade remedies (Section 301, IEEPA, Section 122, Section 338, Section 232/201, 232/201 quota),
 * replacement-duty
 * 99s, other quota 99s, and the chapter 1-97 number last.
 */
public enum StackingCategory {
    /** Chapter 98 special classification. */
    CHAPTER_98,
    /** Section 301 (China). */
    SECTION_301,
    /** IEEPA duties (9903.01, 9903.02). */
    IEEPA,
    /** Section 122 balance-of-payments surcharge (9903.03.01-.11). */
    SECTION_122,
    /** Section 338 duties (Canada, 9903.03.12-.16), after Section 301 and before 232 (CSMS #69668138). */
    SECTION_338,
    /** Section 232 and Section 201 duties. */
    SECTION_232_201,
    /** Section 232 and Section 201 quota headings. */
    SECTION_232_201_QUOTA,
    /** Chapter 99 numbers that replace the duty of the chapter 1-97 number (e.g. 9902 temporary reductions). */
    REPLACEMENT,
    /** Other quota chapter 99 numbers. */
    OTHER_QUOTA,
    /** Chapter 99 numbers of no known program; reported before the chapter 1-97 number. */
    OTHER_CHAPTER_99,
    /** The chapter 1-97 number, always last. */
    BASE
}
