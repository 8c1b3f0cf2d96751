/**
 * The understanding step with the Italian and Spanish phrase data: pronouns written onto the
 * verb ("salvamelo", "cómpramelo", "agrégalo") act on the product in focus, a cart or wish-list
 * place of several words is not taken for a product, a pronoun alone names no product, and
 * short questions about the product in focus are questions (written as Alexa sends them: no
 * "¿").
 */
import { phrasesFor } from '../../lambda/i18n/phrases';
import { productWordsOf, understand } from '../../lambda/understanding/understand';

const it = 'it-IT';
const es = 'es-ES';
const us = 'es-US';
const focus = { kind: 'it' };

describe('a verb with its pronouns written onto it, on the product in focus', () => {
  test.each([
    [it, 'salvamelo per dopo', 'wishlist'],
    [it, 'buttalo nel carrello', 'cart'],
    [it, 'mettimelo nel carrello per favore', 'cart'],
    [it, 'me lo compri', 'buy'],
    [es, 'guárdamelo en la lista de deseos', 'wishlist'],
    [es, 'pónmelo en la cesta', 'cart'],
    [es, 'ese me lo llevo', 'buy'],
    [es, 'venga cómpramelo', 'buy'],
    [us, 'agrégamelo al carrito', 'cart'],
    [us, 'ordénamelo', 'buy'],
  ])('%s: "%s" is %s', (locale, said, action) => {
    expect(understand(said, phrasesFor(locale))).toEqual({ kind: 'item', action, item: focus });
  });

  test('a product named after the verb is still a product, not the one in focus', () => {
    expect(understand('mettimelo nel carrello il caffè', phrasesFor(it))).not.toEqual({ kind: 'item', action: 'cart', item: focus });
  });
});

describe('short questions about the product in focus', () => {
  test.each([
    [it, 'quante capsule ci sono', 'pack'],
    [it, 'in quanti giorni arriva', 'seller'],
    [it, 'che ne pensano i clienti', 'rating'],
    [es, 'y qué tal es', 'rating'],
    [es, 'lo manda amazon', 'seller'],
    [us, 'para cuándo llega', 'seller'],
    [us, 'tiene buenas calificaciones', 'rating'],
  ])('%s: "%s" asks about %s', (locale, said, topic) => {
    expect(understand(said, phrasesFor(locale))).toEqual({ kind: 'question', topic, item: focus });
  });
});

describe('closings, cancels and repeats said another way', () => {
  test.each([
    [it, 'ciao grazie lo stesso', 'closing'],
    [it, 'no nessuno di questi mi piace', 'cancel'],
    [it, 'dimmelo di nuovo', 'repeat'],
    [es, 'nada gracias de momento', 'closing'],
    [es, 'ninguno al final', 'cancel'],
    [es, 'repítemelo', 'repeat'],
    [us, 'ni modo gracias', 'closing'],
  ])('%s: "%s" is a %s', (locale, said, kind) => {
    expect(understand(said, phrasesFor(locale))).toEqual({ kind });
  });
});

describe('the product words of a refinement', () => {
  test.each([
    [it, 'ci sono quelli', ''],
    [es, 'hay alguno', ''],
    [es, 'hay café', 'café'],
  ])('%s: "%s" names "%s"', (locale, said, words) => {
    expect(productWordsOf(said, phrasesFor(locale))).toBe(words);
  });
});
