/**
 * `npm run nlu-eval:export`: writes the corpus as SMAPI NLU evaluation annotation sets,
 * `dist/nlu-eval/<locale>-<part>.json`, ready for the annotation set API
 * (`createNLUAnnotationSetV1`, then `updateAnnotationsForNLUAnnotationSetsV1` with
 * content type application/json) once a developer account exists.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusLocales, readCorpus } from './corpus';
import { annotationSet } from './nluEval';

const OUT = path.resolve(__dirname, '..', '..', 'dist', 'nlu-eval');

mkdirSync(OUT, { recursive: true });
for (const locale of corpusLocales()) {
  for (const part of ['dev', 'heldout'] as const) {
    const body = annotationSet(readCorpus(locale, part));
    const file = path.join(OUT, `${locale}-${part}.json`);
    writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
    process.stdout.write(`${path.relative(process.cwd(), file)}: ${body.data.length} annotations\n`);
  }
}
