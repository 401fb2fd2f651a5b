import { foldWords } from '../text/fold.ts';
import table from './abbreviations.json';
import type { Snippet, SnippetGroup } from './snippet-schema.ts';

/**
 * The officers' abbreviations, folded: "cdcs" → ["cong", "doan", "co", "so"]. The JSON is checked
 * against abbreviation-schema.ts by the tests, not here: this module runs in the side panel, which
 * loads no zod.
 */
const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  table.abbreviations.map((a) => [foldWords(a.short).join(''), foldWords(a.long)]),
);

/** A field's folded words with the words each abbreviation among them stands for added after them. */
function withMeanings(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, ...(ABBREVIATIONS.get(w) ?? [])]);
}

/**
 * One snippet with its text folded once, ahead of every search. Each field is its folded words joined
 * with single spaces and framed by spaces (" noi nhan nhu tren "), so a word-prefix test is one
 * `includes(' ' + word)` on a short string.
 */
type IndexEntry = {
  snippet: Snippet;
  position: number;
  label: string;
  terms: string;
  body: string;
  group: string;
  /** The folded label as one string, for the whole-phrase bonus ("noi nhan bao cao" at its start). */
  labelPhrase: string;
};

/** A snippet library prepared for {@link searchSnippets}; build it once per library. */
export type SnippetIndex = {
  readonly entries: readonly IndexEntry[];
};

/** Options of a search: at most `limit` results, one group only, and recently used ids first. */
export type SearchOptions = {
  limit?: number;
  group?: SnippetGroup;
  recent?: readonly string[];
};

// Ranking weights: a word found in the label counts more than in the terms, more than in the body.
const LABEL = 100;
const TERMS = 10;
const BODY = 1;
const GROUP = 1;
/** The whole query is the start of the label: the officer typed the name of the snippet. */
const LABEL_PREFIX_BONUS = 50;

const framed = (words: readonly string[]): string => ` ${words.join(' ')} `;

/** Folds every snippet's label, terms, body and group once, so that each search only scans strings. */
export function createSnippetIndex(snippets: readonly Snippet[]): SnippetIndex {
  return {
    entries: snippets.map((snippet, position) => ({
      snippet,
      position,
      label: framed(withMeanings(foldWords(snippet.label))),
      terms: framed(withMeanings(snippet.terms.flatMap(foldWords))),
      // Placeholders are not text the officer sees: "{{donVi}}" must not match "donvi".
      body: framed(withMeanings(foldWords(snippet.body.replace(/\{\{[^}]*\}\}/g, ' ')))),
      group: framed(foldWords(snippet.group)),
      labelPhrase: foldWords(snippet.label).join(' '),
    })),
  };
}

/** The weight of the best field where `word` starts a word, or 0 when no field has it. */
function wordScore(entry: IndexEntry, needle: string): number {
  if (entry.label.includes(needle)) return LABEL;
  if (entry.terms.includes(needle)) return TERMS;
  if (entry.body.includes(needle)) return BODY;
  if (entry.group.includes(needle)) return GROUP;
  return 0;
}

/**
 * The weight of a query word: where it starts a word, or — for an abbreviation the officers use
 * ("cd", "lđlđ", "btv") — where every word it stands for does (each in its best field, as query words
 * are), whichever weighs more. So "luat cd" finds "Luật Công đoàn", and "cong doan co so" finds a
 * label that says "CĐCS" (its meaning is indexed beside it).
 */
function queryWordScore(entry: IndexEntry, word: string): number {
  const own = wordScore(entry, ` ${word}`);
  const meaning = ABBREVIATIONS.get(word);
  if (!meaning) return own;
  let spelled = Number.POSITIVE_INFINITY;
  for (const w of meaning) spelled = Math.min(spelled, wordScore(entry, ` ${w}`));
  return Math.max(own, spelled);
}

/**
 * Snippets matching `query`, best first. Case and diacritics do not matter ("noi nhan" finds
 * "Nơi nhận"); each query word must start a word of the label, terms, body or group ("noi nh"
 * works), or be an abbreviation of words that do ("cd" for "công đoàn"), and all of them must match. A label match ranks above terms, terms above body; among equal
 * scores the `recent` ids come first (most recent first), then library order. An empty query returns
 * the whole library (of the group), recent ones first.
 */
export function searchSnippets(index: SnippetIndex, query: string, options: SearchOptions = {}): Snippet[] {
  const words = [...new Set(foldWords(query))];
  const phrase = words.join(' ');
  const recentRank = new Map<string, number>();
  for (const [i, id] of (options.recent ?? []).entries()) if (!recentRank.has(id)) recentRank.set(id, i);
  const hits: { entry: IndexEntry; score: number; recent: number }[] = [];
  for (const entry of index.entries) {
    if (options.group !== undefined && entry.snippet.group !== options.group) continue;
    let score = 0;
    for (const word of words) {
      const s = queryWordScore(entry, word);
      if (s === 0) {
        score = -1;
        break;
      }
      score += s;
    }
    if (score < 0) continue;
    if (phrase && entry.labelPhrase.startsWith(phrase)) score += LABEL_PREFIX_BONUS;
    hits.push({ entry, score, recent: recentRank.get(entry.snippet.id) ?? Number.POSITIVE_INFINITY });
  }
  hits.sort((a, b) => b.score - a.score || a.recent - b.recent || a.entry.position - b.entry.position);
  const limit = options.limit ?? hits.length;
  return hits.slice(0, Math.max(0, limit)).map((h) => h.entry.snippet);
}
