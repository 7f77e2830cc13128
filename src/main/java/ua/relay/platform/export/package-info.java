/** Exports people open in spreadsheets: CSV whose cells cannot run as formulas. */
package ua.relay.platform.export;
