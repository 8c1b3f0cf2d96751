/** How each language opens a skill by name ("Alexa, öffne …"): the first example phrase of each locale's publishing information must. */
export const OPENS: Record<string, (name: string) => string> = {
  'en-CA': (name) => `Alexa, open ${name}`,
  'en-US': (name) => `Alexa, open ${name}`,
  'en-GB': (name) => `Alexa, open ${name}`,
  'de-DE': (name) => `Alexa, öffne ${name}`,
  'fr-FR': (name) => `Alexa, ouvre ${name}`,
  'fr-CA': (name) => `Alexa, ouvre ${name}`,
  'it-IT': (name) => `Alexa, apri ${name}`,
  'es-ES': (name) => `Alexa, abre ${name}`,
  'es-US': (name) => `Alexa, abre ${name}`,
  'ja-JP': (name) => `アレクサ、${name}を開いて`,
};
