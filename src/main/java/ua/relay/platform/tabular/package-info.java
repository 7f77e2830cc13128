/**
 * Tables people upload, read as rows of text whatever they came in: CSV in UTF-8, UTF-16 or
 * Windows-1251 with any delimiter, or an XLSX workbook from Excel, LibreOffice or a 1C export (its first
 * visible sheet, hidden rows and merged cells as the reader saw them, formulas by their values); the
 * headings row found below any title. The writing side is {@link ua.relay.platform.export}.
 */
package ua.relay.platform.tabular;
