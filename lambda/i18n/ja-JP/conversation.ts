/** Messages for choosing among results, order questions, help and fallback (ja-JP, です・ます調; see core.ts). */
import type { Localized } from '..';
import type { conversation as en } from '../en-US/conversation';

export const conversation: Localized<typeof en> = {
  WHICH_DETAILS: 'どれについて詳しく聞きますか？{choices}？',
  WHICH_CART: 'どれを{cartName}に入れますか？{choices}？',
  WHICH_BUY: 'どれを購入しますか？{choices}？',
  WHICH_WISHLIST: 'どれをほしい物リストに追加しますか？{choices}？',
  WHICH_COMPARE: 'どれの出品を比較しますか？{choices}？',
  WHICH_WATCH: 'どれの価格をウォッチしますか？{choices}？',
  WHICH_REPROMPT: 'どれにしますか？{choices}？',
  CHOICES: { '=1': '1番目ですか', '=2': '1番目ですか、2番目ですか', '=3': '1番目、2番目、3番目のどれですか', other: '1番目、最後、または{count}までの番号のどれですか' },
  ONE_CART: '{cartName}に入れますか？',
  ONE_BUY: '購入しますか？',
  ONE_WISHLIST: 'ほしい物リストに追加しますか？',
  ONE_REPROMPT: 'はい、または、ほかに探したいものを言ってください。',
  NO_THANKS: 'わかりました。ほかの商品について聞きますか？それとも、別のものを探しますか？',
  ORDER_HELP: 'ここからは注文や{cartName}の中身を確認できません。注文の追跡、キャンセル、返品や、{cartName}の確認は、Amazonアプリをご利用ください。何をお探しですか？',
  ORDER_HELP_REPROMPT: '何をお探しですか？',
  HELP_LAUNCH: 'Amazonで商品を探して、価格と評価をお伝えします。コーヒーのように欲しいものを言うか、電池を{cartName}に入れて、と言ってください。何をお探しですか？',
  HELP_LAUNCH_REPROMPT: '何をお探しですか？たとえば、コピー用紙、と言ってください。',
  HELP_LIST: '{query}の検索結果を見ています。詳しく聞くには1番目、ほかの結果は次、または、2番目を{cartName}に入れて、と言ってください。どれにしますか？',
  HELP_LIST_REPROMPT: 'どれにしますか？1番目、または、次、と言ってください。',
  HELP_DETAILS: '{title}を見ています。{cartName}に入れて、購入して、出品を比較して、または、まとめ買い価格、と言えます。どうしますか？',
  HELP_DETAILS_REPROMPT: '{cartName}に入れますか？それとも出品を聞きますか？',
  HELP_ACTION: 'リストはそのまま残っています。次、1番目について教えて、または、新しく探したいものを言ってください。どうしますか？',
  HELP_PURCHASE: '続きからお買い物できます。次、または、1番目について教えて、と言ってください。プレミアム機能を聞くには、何が買える、と言ってください。どうしますか？',
  HELP_AFTER_REPROMPT: '次、または、探したいものを言ってください。',
  FALLBACK_LAUNCH: 'すみません、よく聞き取れませんでした。電池など、探したい商品を言ってください。何をお探しですか？',
  FALLBACK_LIST: 'すみません、よく聞き取れませんでした。1番目、2番目、または、次、と言ってください。どれにしますか？',
  FALLBACK_DETAILS: 'すみません、よく聞き取れませんでした。{cartName}に入れて、購入して、または、出品を比較して、と言ってください。どうしますか？',
  FALLBACK_AFTER: 'すみません、よく聞き取れませんでした。次、または、探したいものを言ってください。どうしますか？',
};
