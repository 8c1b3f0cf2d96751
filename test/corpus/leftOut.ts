/**
 * Writes a locale's `leftOut` list (infra/model/generate.ts): the digests of the samples its
 * carrier templates make equal to a corpus line of three words or more, in any locale of its
 * language and either part, compared as test/corpus/samples.test.ts compares them (copies.ts:
 * normalised, fillers and polite words off both ends, so "oh save it for later please" is the
 * line "save it for later"). A template crosses a few dozen
 * phrases into hundreds of samples, and some of them are, word for word, what a corpus writer
 * wrote; leaving exactly those out keeps the corpus a measure of what the model generalises to.
 *
 *   npx tsx test/corpus/leftOut.ts en-US en-GB …     then: npm run model
 *
 * Samples written by hand in the source (not by a template) that copy a line are removed from it,
 * each one named on stdout (where it was and its words), never the line or the part it copied.
 *
 * Otherwise it prints counts only, never a line: the held-out part is read here as the samples test reads
 * it, and its words go into the model source as digests alone. An overlay locale (`extends`) gets
 * the digests its own templates and words add, under `add.leftOut`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expandTemplate, LANGUAGE_ROOT, leftOutKey, MODEL_FILE, readModelSource } from '../../infra/model/generate';
import { checkedForm, languageOf, preCorpusForms, saidForm, sampleForms } from './copies';
import { corpusLocales, type Part, readCorpus } from './corpus';

/** The forms of the corpus lines in a language that samples are held to (copies.ts): as said, and with padding off. */
export interface LineForms {
  said: ReadonlySet<string>;
  stripped: ReadonlySet<string>;
}

/** The forms of every corpus line in `locale`'s language the samples test holds its model to. */
export function corpusLines(locale: string): LineForms {
  const said = new Set<string>();
  const stripped = new Set<string>();
  for (const corpus of corpusLocales().filter((l) => languageOf(l) === languageOf(locale))) {
    const preCorpus = preCorpusForms(corpus);
    for (const part of ['dev', 'heldout'] as Part[]) {
      for (const line of readCorpus(corpus, part)) {
        const asSaid = saidForm(line, preCorpus);
        const form = checkedForm(line, preCorpus);
        if (asSaid !== undefined) said.add(asSaid);
        if (form !== undefined) stripped.add(form);
      }
    }
  }
  return { said, stripped };
}

/**
 * The digests of the locale's template samples (its sort templates too) that copy a line: equal
 * to it as said, or, when the template padded the sample, equal to it with the padding off.
 */
export function collisions(locale: string, lines: LineForms): Set<string> {
  const source = readModelSource(locale);
  const groupOf = (name: string) => source.wordGroups?.[name] ?? source.phraseGroups?.[name];
  const made = Object.values(source.sampleTemplates ?? {}).flatMap((templates) => templates.flatMap((t) => expandTemplate(t, groupOf)));
  const sorted = Object.values(source.sortWords ?? {}).flatMap((words) => (source.sortTemplates ?? []).flatMap((t) => words.map((w) => t.replace('{word}', w))));
  return new Set([...made, ...sorted].filter((sample) => copiesLine(sample, locale, lines)).map(leftOutKey));
}

/** Whether a sample of `locale` copies a line: equal to it as said, or, padded, equal to it with the padding off. */
export function copiesLine(sample: string, locale: string, lines: LineForms): boolean {
  const { normal, padded } = sampleForms(sample, locale);
  return lines.said.has(normal) || (padded !== undefined && lines.stripped.has(padded));
}

/** Where a model source keeps samples written by hand: per intent (and per slot), lists of strings. */
interface Holder {
  samples?: Nested;
  slotSamples?: Nested;
}
type Nested = { [key: string]: string[] | Nested };

/** A written sample taken out of a model source: where it was (`samples.BuyProductIntent`) and its words. */
export interface RemovedSample {
  where: string;
  sample: string;
}

/**
 * Takes out of a model source the samples written by hand that copy a line (copiesLine), and
 * returns each one it took, where it was: a written sample has no digest to hide behind (the
 * source is the model), so the copy goes, the samples test keeps it out, and whoever wrote it
 * is told which one went. Which line it copied, and in which part, is never said.
 */
export function removeCopies(samples: Nested | undefined, locale: string, lines: LineForms, where: string): RemovedSample[] {
  const removed: RemovedSample[] = [];
  for (const [key, value] of Object.entries(samples ?? {})) {
    if (Array.isArray(value)) {
      const kept = value.filter((sample) => !copiesLine(sample, locale, lines));
      removed.push(...value.filter((sample) => !kept.includes(sample)).map((sample) => ({ where: `${where}.${key}`, sample })));
      if (samples !== undefined) samples[key] = kept;
    } else removed.push(...removeCopies(value, locale, lines, `${where}.${key}`));
  }
  return removed;
}

function main(locales: readonly string[]): void {
  for (const locale of locales) {
    const lines = corpusLines(locale);
    const file = path.join(LANGUAGE_ROOT, locale, MODEL_FILE);
    const data = JSON.parse(readFileSync(file, 'utf8')) as Holder & { extends?: string; leftOut?: string[]; add?: Holder & { leftOut?: string[] }; replace?: Holder };
    const found = collisions(locale, lines);
    if (data.extends === undefined) {
      data.leftOut = [...found].sort();
    } else {
      const inherited = new Set(readModelSource(data.extends).leftOut ?? []);
      const own = [...found].filter((k) => !inherited.has(k)).sort();
      const { leftOut: _old, ...rest } = data.add ?? {};
      data.add = own.length === 0 ? rest : { ...rest, leftOut: own };
    }
    const holders: Array<[string, Holder | undefined]> = [
      ['', data],
      ['add.', data.add],
      ['replace.', data.replace],
    ];
    const removed = holders.flatMap(([prefix, holder]) => [
      ...removeCopies(holder?.samples, locale, lines, `${prefix}samples`),
      ...removeCopies(holder?.slotSamples, locale, lines, `${prefix}slotSamples`),
    ]);
    writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    process.stdout.write(`${locale}: ${found.size} template samples equal a corpus line and are left out; ${removed.length} written samples copying one removed\n`);
    // Named, so whoever wrote a sample sees it went (and may write a carrier that generalises instead).
    for (const r of removed) process.stdout.write(`  removed from ${r.where}: "${r.sample}"\n`);
  }
  process.stdout.write('Now run `npx biome format --write lambda/i18n` and `npm run model`.\n');
}

if (require.main === module) main(process.argv.slice(2));
