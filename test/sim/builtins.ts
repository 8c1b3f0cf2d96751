/**
 * Phrases for Alexa's built-in intents. Alexa trains these itself, so an interaction model
 * lists them with no samples (or only extra ones); the simulator needs its own list. Only
 * intents the model declares are routed to, as on Alexa.
 */

/** A few phrases per built-in intent, the common ways a customer says them (en). */
export const BUILT_IN_PHRASES: Record<string, readonly string[]> = {
  'AMAZON.HelpIntent': ['help', 'help me', 'I need help', 'what can I do', 'what can you do', 'what can I say', 'how does this work', 'how do I use this'],
  'AMAZON.StopIntent': ['stop', 'off', 'shut up', 'be quiet', 'that is enough', "that's enough", 'enough', 'quit'],
  'AMAZON.CancelIntent': ['cancel', 'never mind', 'nevermind', 'forget it', 'cancel that'],
  // The model has no AMAZON.StartOverIntent, so "start over" lands here (the skill's home).
  'AMAZON.NavigateHomeIntent': ['go home', 'home', 'main menu', 'start over', 'go to the start'],
  'AMAZON.NextIntent': ['next', 'next one', 'skip', 'skip it'],
  // Not "the last one": in a list that is the last item (SelectItemIntent's ListPositionType).
  'AMAZON.PreviousIntent': ['previous', 'go back', 'back'],
  'AMAZON.RepeatIntent': ['repeat', 'repeat that', 'say that again', 'say again', 'what did you say', 'again', 'come again', 'pardon'],
  'AMAZON.YesIntent': ['yes', 'yeah', 'yep', 'yes please', 'sure', 'ok', 'okay', 'of course', 'please do', 'sounds good', 'why not', 'go ahead'],
  'AMAZON.NoIntent': ['no', 'nope', 'no thanks', 'no thank you', 'not now', 'nah', 'not really', "I don't think so"],
  'AMAZON.FallbackIntent': [],
};

/** Ways a customer opens a skill: "open voice shopper". */
export const LAUNCH_VERBS: readonly string[] = ['open', 'launch', 'start', 'begin', 'load', 'run', 'play', 'talk to', 'use'];

/** Ways a customer asks a skill for something at once: "ask voice shopper to find tea". */
export const ONE_SHOT_VERBS: readonly string[] = ['ask', 'tell', 'use', 'open', 'launch', 'start'];
export const ONE_SHOT_CONNECTORS: readonly string[] = ['to', 'and', 'for', 'about', 'if', 'whether', 'that'];

/**
 * Words said around a request that carry no meaning for the NLU ("please find tea").
 * Source: Amazon, "Design the Custom Intents for Your Skill" (phrase patterns): prefixes and
 * suffixes like "please", "can you" and "tell me" train the model to reach the intent even
 * when the exact utterance is not a sample.
 */
export const POLITE_PREFIXES: readonly string[] = ['alexa', 'please', 'can you', 'could you', 'would you', 'can you please', 'could you please'];
export const POLITE_SUFFIXES: readonly string[] = ['please', 'thanks', 'thank you'];

/**
 * ASSUMPTION (no Amazon document found): Alexa's NLU also passes over fillers and hedges
 * at either end of an utterance ("um the second one", "okay number two", "add the second
 * one too"). The corpus rate is printed with and without this.
 */
export const FILLER_PREFIXES: readonly string[] = [
  'um',
  'uh',
  'umm',
  'er',
  'erm',
  'hmm',
  'oh',
  'okay',
  'ok',
  'so',
  'well',
  'right',
  'actually',
  'yeah',
  'yes',
  'no',
  'sorry',
  'oh wait',
  'wait',
  'go on',
  'go on then',
  'and',
  'now',
  'then',
  'just',
  'fine',
  'great',
  'lovely',
  'perfect',
  'hey',
  'alright',
  'no wait',
  'i think',
  'maybe',
  // Thanks, praise and hedges people put before an answer (en-GB "cheers", "ta" too).
  'nah',
  'nope',
  'cool',
  'awesome',
  'brilliant',
  'nice',
  'cheers',
  'ta',
  'thanks',
  'thank you',
  'no thanks',
  'no thank you',
  'no ta',
  'ok thanks',
  'okay thanks',
  'ok fine',
  'okay fine',
  'oh well',
  'also',
  'eh',
  'hiya',
  'you know what',
  'on second thought',
  'on second thoughts',
  'go ahead and',
  // A change of mind said first ("I changed my mind, let me buy premium").
  'i changed my mind',
  'changed my mind',
];
export const FILLER_SUFFIXES: readonly string[] = [
  'i guess',
  'then',
  'instead',
  'too',
  'as well',
  'for me',
  'now',
  'again',
  'please',
  'thanks',
  'anyway',
  'in',
  'thank you',
  'cheers',
  'ta',
  'for now',
  'for today',
  'right now',
  'here',
  'after all',
  'through the list',
  'down the list',
];

/** "exit" and "quit skill" close the session with a SessionEndedRequest (USER_INITIATED). */
export const EXIT_PHRASES: readonly string[] = ['exit', 'exit skill', 'quit skill', 'goodbye alexa', 'alexa exit'];

/**
 * ASSUMPTION (see nlu.ts, loose matches): small words Alexa's NLU does not need to hear
 * exactly ("how much was it" for "how much is it", "who is selling this" for "… it").
 */
export const FUNCTION_WORDS: readonly string[] = [
  'it',
  'this',
  'that',
  'these',
  'those',
  'them',
  'the',
  'a',
  'an',
  'my',
  'me',
  'is',
  'are',
  'was',
  'were',
  'be',
  'one',
  'ones',
  'of',
  'for',
  'in',
  'on',
  'to',
  'at',
  'with',
  'from',
  'by',
  'now',
  'please',
  'right',
  'just',
  'really',
  'also',
  'too',
  'then',
  'there',
  'here',
  'some',
  'any',
  'do',
  'does',
  'did',
  'can',
  'could',
  'will',
  'would',
  'i',
  'you',
  'we',
  'its',
  'your',
  'our',
  'all',
  'again',
  'first',
  'more',
  'so',
  'and',
  'or',
  'up',
  'out',
  'about',
];
