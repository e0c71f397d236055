/**
 * Calendar files reach us as bytes (the CLI) or as text a browser already decoded as UTF-8
 * (File.text()). Windows tools export UTF-16, and many tools put a byte-order mark in front of
 * UTF-8: both are read here, so the parser only ever sees clean text.
 */

const UTF16_SAMPLE = 4096;

/** The text of a calendar file, whatever of UTF-8 / UTF-16 (LE or BE, with or without BOM) it is in. */
export function decodeCalendarBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  // Invalid UTF-8 becomes U+FFFD; binary junk is then refused by the importer's own checks.
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}

/** "B\0E\0G\0..." or "\0B\0E\0G...": ASCII text stored in 16-bit units, as a BOM-less UTF-16 export is. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const length = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
  if (length < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.9 && evenZeros === 0) return "utf-16le";
  if (evenZeros > pairs * 0.9 && oddZeros === 0) return "utf-16be";
  return undefined;
}

/**
 * Text that was UTF-16 but got decoded as UTF-8 on its way here (a browser reading a Windows
 * export) has a NUL beside every ASCII character. Dropping the NULs gives the calendar back;
 * characters outside ASCII were already lost to U+FFFD by that decoding, so we say so.
 */
export function recoverText(text: string): { text: string; lostCharacters: boolean } {
  let body = text.replace(/^\uFEFF/, "");
  const sample = body.slice(0, UTF16_SAMPLE);
  const nuls = sample.split("\u0000").length - 1;
  if (nuls < sample.length * 0.3 || !/^(?:\uFFFD\uFFFD)?\u0000?B\u0000E\u0000G\u0000I\u0000N/i.test(sample)) {
    return { text: body, lostCharacters: false };
  }
  body = body.replace(/^\uFFFD\uFFFD/, "").replace(/\u0000/g, "");
  return { text: body, lostCharacters: body.includes("\uFFFD") };
}
