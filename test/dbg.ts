import { loadLanguageModel } from './sim/model';
import { IntentResolver } from './sim/nlu';
const loc = process.argv[2] ?? 'en-GB';
const r = new IntentResolver(loadLanguageModel(loc), 'amzn1.ask.skill.x');
for (const u of process.argv.slice(3)) { const x = r.resolve(u); console.log(u, '=>', x.intent.name, JSON.stringify(Object.fromEntries(Object.entries(x.intent.slots ?? {}).filter(([,v]) => v.value).map(([k,v]) => [k, v.value]))), '|', x.sample); }
