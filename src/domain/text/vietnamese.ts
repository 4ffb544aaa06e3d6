/** Vietnamese text helpers: folding for search, collation keys for server-side ordering. */

const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const TONE_MARKS: Record<string, number> = { '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5 };
const LETTER_MARKS: Record<string, string> = { '\u0306': 'ă', '\u0302': '', '\u031b': '' };

function foldSlow(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/**
 * Precomposed letters (U+00C0–U+1EFF) whose fold is one ASCII letter ("ễ" → "e", "Đ" → "d"): an
 * import folds hundreds of thousands of names, and a table lookup per letter is many times faster
 * than normalising each string. Anything else takes the normalising path.
 */
let foldTable: Map<number, string> | null = null;
function table(): Map<number, string> {
  if (foldTable) return foldTable;
  foldTable = new Map();
  for (let c = 0xc0; c <= 0x1eff; c++) {
    const folded = foldSlow(String.fromCharCode(c));
    if (folded.length === 1 && folded.charCodeAt(0) < 128) foldTable.set(c, folded);
  }
  return foldTable;
}

/** "Nguyễn Văn Đạt" → "nguyen van dat" (same result as the database's vd_fold). */
export function foldVietnamese(input: string): string {
  const letters = table();
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c < 128) out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : input[i];
    else {
      const f = letters.get(c);
      if (f === undefined) return foldSlow(input);
      out += f;
    }
  }
  return out;
}

interface Letter {
  base: number;
  tone: number;
}

function lettersOf(word: string): Letter[] {
  const out: Letter[] = [];
  for (const ch of word.toLowerCase().normalize('NFC')) {
    const parts = ch.normalize('NFD');
    let baseChar = parts[0] ?? ch;
    let tone = 0;
    for (const mark of parts.slice(1)) {
      if (mark in TONE_MARKS) tone = TONE_MARKS[mark] ?? 0;
      else if (mark === '\u0306') baseChar = LETTER_MARKS[mark] ?? baseChar;
      else if (mark === '\u0302') baseChar = baseChar === 'a' ? 'â' : baseChar === 'e' ? 'ê' : baseChar === 'o' ? 'ô' : baseChar;
      else if (mark === '\u031b') baseChar = baseChar === 'o' ? 'ơ' : baseChar === 'u' ? 'ư' : baseChar;
    }
    const index = ALPHABET.indexOf(baseChar);
    if (index >= 0) out.push({ base: 0x41 + index, tone });
    else if (/[0-9]/.test(baseChar)) out.push({ base: baseChar.charCodeAt(0), tone: 0 });
    // Between words: above the '#' that ends a part (so "Lê" sorts before "Lê Văn"), below digits and letters.
    else if (/\s/.test(baseChar)) out.push({ base: 0x24, tone: 0 });
  }
  return out;
}

/** Name parts repeat (a province has a few hundred given names): keys already computed, up to 20,000. */
const keyParts = new Map<string, string>();

function keyPart(text: string): string {
  let key = keyParts.get(text);
  if (key === undefined) {
    key = computeKeyPart(text);
    if (keyParts.size < 20_000) keyParts.set(text, key);
  }
  return key;
}

function computeKeyPart(text: string): string {
  const letters = lettersOf(text.trim().replace(/\s+/g, ' '));
  const primary = String.fromCharCode(...letters.map((l) => l.base));
  const tones = letters.map((l) => String(l.tone)).join('');
  return `${primary}#${tones}`;
}

/**
 * Sort key for Vietnamese names: by tên, then họ and chữ đệm, letter by letter in the Vietnamese
 * alphabet (a ă â b c d đ …), tones second (ngang, huyền, hỏi, ngã, sắc, nặng). Compare with COLLATE "C".
 */
export function vietnameseNameSortKey(familyName: string, middleName: string, givenName: string): string {
  return `${keyPart(givenName)}#${keyPart(`${familyName} ${middleName}`)}`;
}

/** For sorting in memory: tones count (sensitivity 'base' would treat Anh, Ảnh and Ánh as equal). */
export const vietnameseCollator = new Intl.Collator('vi', { numeric: true });

export function composeFullName(familyName: string, middleName: string, givenName: string): string {
  return [familyName, middleName, givenName].map((s) => s.trim()).filter(Boolean).join(' ');
}

/** Splits "Nguyễn Thị Minh Khai" into họ "Nguyễn", chữ đệm "Thị Minh", tên "Khai". */
export function splitFullName(fullName: string): { familyName: string; middleName: string; givenName: string } {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { familyName: '', middleName: '', givenName: '' };
  if (words.length === 1) return { familyName: '', middleName: '', givenName: words[0] ?? '' };
  return { familyName: words[0] ?? '', middleName: words.slice(1, -1).join(' '), givenName: words[words.length - 1] ?? '' };
}
