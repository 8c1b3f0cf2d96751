/** The fr-CA messages: fr-FR with Canadian French laid over it (« magasiner », « liste de souhaits », dollars; see core.ts). */
import type { Catalog } from '..';
import { frFR } from '../fr-FR';
import { browsing } from './browsing';
import { conversation } from './conversation';
import { core } from './core';
import { numbers } from './numbers';
import { purchasing } from './purchasing';
import { refine } from './refine';
import { shopping } from './shopping';

export const frCA: Catalog = { ...frFR, ...core, ...shopping, ...purchasing, ...browsing, ...refine, ...conversation, ...numbers };
