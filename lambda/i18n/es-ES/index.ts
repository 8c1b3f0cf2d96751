/** The es-ES messages: every key of en-US, written in Spanish from Spain ("tú", "cesta"; see core.ts). */
import type { Catalog } from '..';
import { browsing } from './browsing';
import { conversation } from './conversation';
import { core } from './core';
import { numbers } from './numbers';
import { purchasing } from './purchasing';
import { refine } from './refine';
import { screens } from './screens';
import { shopping } from './shopping';

export const esES: Catalog = { ...core, ...shopping, ...purchasing, ...browsing, ...refine, ...conversation, ...numbers, ...screens };
