/**
 * How much of a workbook Vigie agrees to read, checked before the parser sees it. Measured on the
 * 2-core build machine: SheetJS took 6.5 s and 310 MB to read a 100,000-row sheet whose XML is
 * 39 MB, so 100 MB of parts (a sheet of some 250,000 such rows) keeps a browser tab alive, and
 * a file that claims more is refused without inflating a byte. Analysts' budget and procurement
 * workbooks are a few megabytes.
 */
export const WORKBOOK_MAX_BYTES = 100 * 1024 * 1024;

/** Parts in a workbook's ZIP: an .xlsx has about 10–50 (one per sheet, style, image…). */
export const WORKBOOK_MAX_PARTS = 10_000;

/**
 * Cells a sheet may hold once repeats are expanded (an .ods may say "this value, 1,048,576 rows
 * down") or once every row is padded to the widest row: 5 million cells is a sheet of 250,000
 * rows by 20 columns, about as much as the byte limit above allows.
 */
export const WORKBOOK_MAX_CELLS = 5_000_000;

/**
 * Columns of a sheet's header: the import's checks handle a thousand columns, and run out of
 * engine memory near 8,000 (measured with a CSV of 8,000 columns and one rejected row).
 */
export const WORKBOOK_MAX_COLUMNS = 1024;

export const megabytes = (bytes: number) => Math.ceil(bytes / 1024 / 1024);
