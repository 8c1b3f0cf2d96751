/**
 * Reads the utterance corpus (test/corpus/README.md): `<locale>/<part>/<stage>.txt`, one
 * `<what the customer says> => <outcome>` per line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const CORPUS_ROOT = __dirname;
export const STAGES = ['welcome', 'eliciting', 'list', 'details', 'which-one', 'after-action', 'purchase', 'empty'] as const;
export type Stage = (typeof STAGES)[number];
export type Part = 'dev' | 'heldout';

export interface CorpusLine {
  locale: string;
  part: Part;
  stage: Stage;
  said: string;
  outcome: string;
  /** file:line, for the report. */
  where: string;
}

export function corpusLocales(): string[] {
  return readdirSync(CORPUS_ROOT, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/**
 * What the runner says to reach each stage, in the locale's words: `test/corpus/<locale>/stages.json`
 * (a search for the locale's word for coffee, its "the first one", its "add it to my cart").
 */
export function stagePhrases(locale: string): Record<Stage, string[]> {
  return JSON.parse(readFileSync(path.join(CORPUS_ROOT, locale, 'stages.json'), 'utf8')) as Record<Stage, string[]>;
}

export function readCorpus(locale: string, part: Part): CorpusLine[] {
  const lines: CorpusLine[] = [];
  for (const stage of STAGES) {
    const file = path.join(CORPUS_ROOT, locale, part, `${stage}.txt`);
    if (!existsSync(file)) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((raw, i) => {
        const text = raw.trim();
        if (text === '' || text.startsWith('#')) return;
        const at = text.lastIndexOf('=>');
        if (at < 0) throw new Error(`${locale}/${part}/${stage}.txt:${i + 1}: no "=>"`);
        lines.push({
          locale,
          part,
          stage,
          said: text.slice(0, at).trim(),
          outcome: text
            .slice(at + 2)
            .trim()
            .replace(/\s+/g, ' '),
          where: `${locale}/${part}/${stage}.txt:${i + 1}`,
        });
      });
  }
  return lines;
}
