/** How numbers are said (ja-JP): 「1280円」（円に小数はありません）, 「12ドル99セント」, 「星4.5」, 「10〜24個」. Read by lambda/i18n/spoken.ts. */
import type { Localized } from '..';
import type { numbers as en } from '../en-US/numbers';

export const numbers: Localized<typeof en> = {
  LIST_LOCALE: 'ja-JP',
  // 数は数字のまま読みます（「最初の3件」）。
  SMALL_NUMBERS: '',
  PRICE_UNKNOWN: '価格不明',
  PRICE_OTHER_CURRENCY: '{amount}{currency}',
  PRICE_WITH_MINOR: '{major}{minorWords}',
  PRICE_WITH_SMALL_MINOR: '{major}{minorWords}',
  CURRENCY_USD: { other: '{n}ドル' },
  CURRENCY_USD_MINOR: { other: '{n}セント' },
  CURRENCY_CAD: { other: '{n}カナダドル' },
  CURRENCY_CAD_MINOR: { other: '{n}セント' },
  CURRENCY_GBP: { other: '{n}ポンド' },
  CURRENCY_GBP_MINOR: { other: '{n}ペンス' },
  CURRENCY_EUR: { other: '{n}ユーロ' },
  CURRENCY_EUR_MINOR: { other: '{n}セント' },
  CURRENCY_JPY: { other: '{n}円' },
  RATING_AND_A_HALF: '{decimal}',
  QUANTITY_RANGE: '{min}〜{max}個',
  QUANTITY_OR_MORE: '{min}個以上',
  PACK_OF: '{count}個入り',
  UNIT_OUNCES: { other: '{n}オンス' },
  UNIT_FLUID_OUNCES: { other: '{n}液量オンス' },
  UNIT_POUNDS: { other: '{n}ポンド' },
  UNIT_KILOGRAMS: { other: '{n}キログラム' },
  UNIT_GRAMS: { other: '{n}グラム' },
  UNIT_MILLILITRES: { other: '{n}ミリリットル' },
  UNIT_LITRES: { other: '{n}リットル' },
};
