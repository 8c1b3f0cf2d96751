/** Messages for Alexa Shopping Actions (ja-JP, です・ます調; see core.ts). */
import type { Localized } from '..';
import type { shopping as en } from '../en-US/shopping';

export const shopping: Localized<typeof en> = {
  NO_PRODUCT_CHOSEN: 'どの商品のことか分かりませんでした。まず商品を探してください。たとえば、電池を探して、と言ってください。',
  NO_PRODUCT_REPROMPT: '何をお探しですか？',
  NO_SUCH_ITEM: 'このリストに{ordinal}番目はありません。{count}件あります。どれにしますか？',
  NO_SUCH_ITEM_MORE: 'このページに{ordinal}番目はありません。{total}件のうち{count}件をお伝えしました。続きは、次、と言ってください。どれにしますか？',
  NO_SUCH_ITEM_REPROMPT: 'どれにしますか？たとえば、1番目、と言ってください。',
  NOTHING_TO_RECOMMEND: 'まだおすすめできる商品がありません。まずドッグフードなど、何か探してください。',
  PRODUCT_NOT_USABLE: 'すみません、その商品はAmazon Shoppingで扱えません。ほかの商品を探しますか？',
  TOO_MANY_PRODUCTS: 'すみません、{action}は一度に{max}件までです。どれにしますか？',
  ASK_SOMETHING_ELSE_REPROMPT: 'ほかの商品を探しますか？',
  DONE_CART: '{title}を{cartName}に入れました。',
  DONE_BUY: '{title}を注文しました。',
  DONE_WISHLIST: '{title}をほしい物リストに追加しました。',
  DONE_RECOMMEND: 'おすすめは以上です。',
  NOT_ELIGIBLE: 'すみません、{title}はAlexaでは購入できません。ほかの商品を探しますか？',
  NO_OFFERS: 'すみません、{title}は現在お取り扱いできません。在庫切れかもしれません。ほかの商品を探しますか？',
  NOT_IN_MARKETPLACE: 'すみません、お住まいの国では、Alexaでの{action}はまだご利用いただけません。',
  RETRY_LATER: 'Amazon Shoppingで{action}を完了できませんでした。しばらくしてからもう一度お試しください。',
  INTERNAL_ERROR: 'すみません、Amazon Shoppingで問題が起き、{action}ができませんでした。',
  GENERIC_FAILURE: 'すみません、{action}ができませんでした。',
  UNMATCHED_RESULT: 'Amazon Shoppingでの手続きは終わりましたが、この会話との対応が確認できませんでした。{cartName}と注文はAmazonアプリでご確認ください。',
  // 名詞として: 「{action}ができませんでした」。
  ACTION_CART: '{cartName}への追加',
  ACTION_BUY: '購入',
  ACTION_WISHLIST: 'ほしい物リストへの追加',
  ACTION_RECOMMEND: '商品のおすすめ',
  ACTION_UNKNOWN: 'ご依頼の処理',
  THAT_ITEM: 'その商品',
  UNAVAILABLE_BLOCKED: 'すみません、{title}はここでは注文できません。ほかの商品を探しますか？',
  UNAVAILABLE_RESTRICTED: 'すみません、{title}はお客様のアカウントに購入制限があるため、Alexaでは注文できません。ほかの商品を探しますか？',
};
