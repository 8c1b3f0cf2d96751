/** The en-US messages: the master every other locale is checked against. */
import { browsing } from './browsing';
import { conversation } from './conversation';
import { core } from './core';
import { numbers } from './numbers';
import { purchasing } from './purchasing';
import { refine } from './refine';
import { screens } from './screens';
import { shopping } from './shopping';

export const enUS = { ...core, ...shopping, ...purchasing, ...browsing, ...refine, ...conversation, ...numbers, ...screens };
