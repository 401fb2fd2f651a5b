/**
 * Whether a word has the shape of one Vietnamese syllable: onset + rhyme + at most one tone, with
 * the spelling constraints every Vietnamese word obeys. A shape check, not a dictionary: "kẻng" passes;
 * "céng", "héi", "naïve" and "Baùo" do not. Legacy-encoding detection uses it to tell garbled text from text.
 */

// Longest first, so "ngh" is tried before "ng" and "n"; '' is a syllable without onset ("ăn").
// biome-ignore format: two rows (digraphs, single letters) read better than one per line
const ONSETS = [
  'ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'th', 'tr', 'ch', 'qu',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];

// Every rhyme (vần) of the standard language, grouped by main vowel; after "qu"/"gi" the glide is
// part of the onset, hence the y- rhymes ("quýt", "quỳnh").
const RHYMES = new Set(
  [
    'a ac ach ai am an ang anh ao ap at au ay',
    'ăc ăm ăn ăng ăp ăt',
    'âc âm ân âng âp ât âu ây',
    'e ec em en eng eo ep et',
    'ê êch êm ên êng ênh êp êt êu',
    'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu',
    'y yêm yên yêng yêt yêu ych ynh yt yu',
    'o oc oi om on ong op ot ooc oong',
    'ô ôc ôi ôm ôn ông ôp ôt',
    'ơ ơi ơm ơn ơp ơt',
    'u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt',
    'ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu',
    'oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt',
    'oe oem oen oeo oet uân uâng uât uây uê uêch uênh uơ',
    'uy uych uya uyên uyêt uyn uynh uyp uyt uyu',
  ]
    .join(' ')
    .split(' '),
);

// After "qu" the glide /w/ is in the onset, and only these rhymes follow it: every "qu" syllable of
// dictionary-vi (measured 12/2026, tests/shared/syllable-grammar.test.ts), plus "qui" beside "quy".
// "quam" (for "quan") is shaped like one but is not: no /wam/ rhyme follows "qu".
// biome-ignore format: one row
const QU_RHYMES = new Set('a ac ach ai an ang anh ao at au ay ăc ăm ăn ăng ăp ăt âc ân âng ât ây e en eo et ê êch ên ênh êt êu i it y yên yêt ynh yt ơ ôc oang oăt'.split(' '));

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const ACUTE = '\u0301';
const DOT_BELOW = '\u0323';
const ALPHABET = /^[abcdđeghiklmnopqrstuvxyăâêôơư]+$/;
const STOP_FINAL = /(?:c|ch|p|t)$/;
const FRONT_VOWEL = /^[ieêy]/;

/** Spelling: k, gh, ngh come before front vowels (i e ê y), c, g, ng before the others. */
function onsetFits(onset: string, rhyme: string): boolean {
  const front = FRONT_VOWEL.test(rhyme);
  switch (onset) {
    case 'k':
      return front;
    case 'gh':
    case 'ngh':
      return front && !rhyme.startsWith('y');
    case 'c':
    case 'ng':
      return !front;
    case 'qu':
      return QU_RHYMES.has(rhyme);
    case 'g':
      // "gì", "gìn" write gi + i as g + i; "ge" must be "ghe".
      return !front || rhyme.startsWith('i');
    default:
      return true;
  }
}

/** True when `word` is shaped like a single Vietnamese syllable (any case, NFC or NFD). */
export function looksLikeVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 12) return false;
  let tone = '';
  let base = '';
  for (const ch of word.toLowerCase().normalize('NFD')) {
    if (!TONE_MARKS.has(ch)) {
      base += ch;
      continue;
    }
    if (tone !== '') return false;
    tone = ch;
  }
  base = base.normalize('NFC');
  if (!ALPHABET.test(base)) return false;
  // Syllables closed by c, ch, p, t carry only the sắc or nặng tone.
  const toneFits = (rhyme: string) => !STOP_FINAL.test(rhyme) || tone === ACUTE || tone === DOT_BELOW;
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rhyme = base.slice(onset.length);
    if (RHYMES.has(rhyme) && onsetFits(onset, rhyme) && toneFits(rhyme)) return true;
  }
  return false;
}
