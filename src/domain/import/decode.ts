/**
 * Bytes of a chosen file → text. Spreadsheets save CSV as UTF-8 (with or without a byte-order mark),
 * UTF-16 (Excel's "Unicode text", usually with a mark) or a legacy 8-bit code page (Latin-1 /
 * Windows-1252): the mark decides when there is one; without it, NUL bytes at every other position
 * mean UTF-16, valid UTF-8 means UTF-8, anything else is read as Windows-1252. A file with NUL bytes or
 * other control characters that no text has is binary (an image or a spreadsheet renamed .csv).
 */
import { ImportProblem } from './problem';

function decoder(label: string, fatal = false): TextDecoder {
  return new TextDecoder(label, { fatal, ignoreBOM: false });
}

/** UTF-16 without a mark: ASCII text has a NUL in every other byte, on the side that says the order. */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  if (sample.length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return utf16Without(bytes) ?? 'utf-8';
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what binary files have
const BINARY = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/;

/** The file's text, without a byte-order mark; an ImportProblem for an empty or binary file. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportProblem('empty');
  const encoding = encodingOf(bytes);
  let text: string;
  if (encoding === 'utf-8') {
    try {
      text = decoder('utf-8', true).decode(bytes);
    } catch {
      text = decoder('windows-1252').decode(bytes);
    }
  } else {
    text = decoder(encoding).decode(bytes);
  }
  text = text.replace(/^\uFEFF/, '');
  if (BINARY.test(text.slice(0, 65_536))) throw new ImportProblem('binary');
  if (text.trim() === '') throw new ImportProblem('empty');
  return text;
}
