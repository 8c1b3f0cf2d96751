/**
 * Where in-skill purchasing exists. Alexa answers Buy/Upsell/Cancel in these locales only
 * (Alexa Skills Kit documentation, in-skill purchasing supported locales); elsewhere (en-AU, en-IN, …) the skill must never
 * send an ISP directive nor call the Monetization API. The ISP sync validator imports this
 * list (infra/isp/validate.ts), so keep this module free of imports.
 */
export const ISP_LOCALES: readonly string[] = ['en-CA', 'en-GB', 'en-US', 'es-ES', 'es-US', 'de-DE', 'fr-CA', 'fr-FR', 'it-IT', 'ja-JP'];

export function isIspLocale(locale: string | undefined): boolean {
  return locale !== undefined && ISP_LOCALES.includes(locale);
}
