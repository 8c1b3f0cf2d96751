/** The en-US message catalog: the master every other locale is checked against. */
import { catalog } from './browsing';
import { conversation } from './conversation';
import { core } from './core';
import { purchasing } from './purchasing';
import { refine } from './refine';
import { shopping } from './shopping';

export const enUS = { ...core, ...shopping, ...purchasing, ...catalog, ...refine, ...conversation };
