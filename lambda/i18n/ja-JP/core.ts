/**
 * Messages for the always-present handlers (ja-JP).
 * 話し方: です・ます調。日本のAlexaはお客様に丁寧語で話す（「何をお探しですか？」）ので、
 * スキルも同じ丁寧さにそろえ、くだけた言い方や過剰な敬語は使いません。
 * カートは Amazon.co.jp と同じく「カート」。疑問文は全角の「？」で終えます。
 */
import type { Localized } from '..';
import type { core as en } from '../en-US/core';

export const core: Localized<typeof en> = {
  WELCOME: 'Voice Shopperへようこそ。電池やコーヒーなど、探したい商品を言ってください。何をお探しですか？',
  WELCOME_REPROMPT: '何をお探しですか？たとえば、電池を探して、と言ってください。',
  GOODBYE: 'ご利用ありがとうございました。よいお買い物を。',
  FALLBACK: 'すみません、よく聞き取れませんでした。商品を探すか、ヘルプと言ってください。何をお探しですか？',
  FALLBACK_REPROMPT: '何をお探しですか？',
  NAVIGATE_HOME: 'わかりました、最初からやり直します。何をお探しですか？',
  WHAT_NEXT: '次は何をしますか？',
  NOTHING_TO_REPEAT: 'まだ何もお伝えしていません。何をお探しですか？',
  GENERIC_ERROR: 'すみません、こちらで問題が起きました。もう一度お試しください。',
  GENERIC_ERROR_REPROMPT: '何をしますか？',
  NO_CUSTOMER: 'すみません、どのAlexaアカウントからのご依頼か分からないため、開始できません。何をしますか？',
  CART_NAME: 'カート',
};
