/** One word, number or punctuation mark of a section's rendered text. */
export interface Token {
  /** As it stands in the text. */
  text: string;
  /** What is compared: the text, or `#` for a number that only counts (a reference's "Kapitel 5.2"). */
  key: string;
  /** Whether white space (or a block boundary) stands before the token. */
  space: boolean;
}

/**
 * German-aware tokens: a number with its thousands and decimal separators is one token
 * (`20.000`, `15,5`, `1.234,56`); a word is a run of letters (umlauts and ß included), marks and
 * digits that starts with a letter (`Väter`, `HF1`); every other visible character stands alone.
 */
const TOKEN = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*|[^\s\p{L}\p{M}\p{N}]/gu;
const STARTS_WITH_NUMBER = /^\p{N}/u;

export interface TokenMatch {
  text: string;
  start: number;
  end: number;
  /** White space right before the token inside `value` (false for the first token when none). */
  spaceBefore: boolean;
}

/** The tokens of one piece of text with their offsets. */
export function tokenMatches(value: string): TokenMatch[] {
  const found: TokenMatch[] = [];
  for (const match of value.matchAll(TOKEN)) {
    const start = match.index;
    found.push({
      text: match[0],
      start,
      end: start + match[0].length,
      spaceBefore: start > 0 && /\s/.test(value[start - 1] ?? ''),
    });
  }
  return found;
}

/** The comparison key of a token; numbers inside generated labels compare as equal. */
export function tokenKey(text: string, numbered: boolean): string {
  return numbered && STARTS_WITH_NUMBER.test(text) ? '#' : text;
}

/** Tokens of a plain string (a title). */
export function tokenize(value: string): Token[] {
  return tokenMatches(value).map((match, index) => ({
    text: match.text,
    key: match.text,
    space: index > 0 && match.spaceBefore,
  }));
}

/** Tokens joined back into text, with one space wherever the source had white space. */
export function joinTokens(tokens: readonly Token[], leading = false): string {
  return tokens.map((token, index) => ((index > 0 || leading) && token.space ? ` ${token.text}` : token.text)).join('');
}
