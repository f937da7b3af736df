import type { ParseJob, ParsedFacts } from './chapter-facts.js';
import type { GlossaryInfo } from './check-content.js';

/** Parses the chapters and runs the rules that see one chapter each. The parser is loaded only when there is something to parse. */
export async function parseChapters(jobs: readonly ParseJob[], glossary: GlossaryInfo | undefined): Promise<ParsedFacts[]> {
  if (jobs.length === 0) return [];
  const { createFactsParser } = await import('./chapter-facts.js');
  const parse = createFactsParser(glossary);
  return jobs.map(parse);
}
