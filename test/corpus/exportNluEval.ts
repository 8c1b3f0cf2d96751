/**
 * `npm run nlu-eval:export`: writes the corpus as SMAPI NLU evaluation annotation sets,
 * `dist/nlu-eval/<locale>-<part>.json`, ready for the annotation set API
 * (`createNLUAnnotationSetV1`, then `updateAnnotationsForNLUAnnotationSetsV1` with
 * content type application/json) once a developer account exists.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type CliSpec, parseCli } from '../../infra/cli';
import { corpusLocales, readCorpus } from './corpus';
import { annotationSet } from './nluEval';

const OUT = path.resolve(__dirname, '..', '..', 'dist', 'nlu-eval');

export const NLU_EVAL_EXPORT_CLI: CliSpec = {
  command: 'npm run nlu-eval:export --',
  summary:
    'Writes the utterance corpus (test/corpus/<locale>/) as SMAPI NLU evaluation annotation sets, dist/nlu-eval/<locale>-<part>.json, one per locale and part (dev, heldout).',
  options: [],
  examples: ['npm run nlu-eval:export'],
  exitCodes: [
    [0, 'every annotation set was written'],
    [1, 'a corpus file could not be read or a set could not be written'],
    [2, 'an unknown option'],
  ],
};

function main(): void {
  if (parseCli(NLU_EVAL_EXPORT_CLI, process.argv.slice(2), {}) === undefined) return;
  mkdirSync(OUT, { recursive: true });
  for (const locale of corpusLocales()) {
    for (const part of ['dev', 'heldout'] as const) {
      const body = annotationSet(readCorpus(locale, part));
      const file = path.join(OUT, `${locale}-${part}.json`);
      writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
      process.stdout.write(`${path.relative(process.cwd(), file)}: ${body.data.length} annotations\n`);
    }
  }
}

main();
