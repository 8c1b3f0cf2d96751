/** The es-US messages: es-ES with the Spanish of US customers laid over it ("carrito", preterite, dollars; see core.ts). */
import type { Catalog } from '..';
import { esES } from '../es-ES';
import { browsing } from './browsing';
import { conversation } from './conversation';
import { core } from './core';
import { numbers } from './numbers';
import { purchasing } from './purchasing';
import { refine } from './refine';
import { screens } from './screens';
import { shopping } from './shopping';

export const esUS: Catalog = { ...esES, ...core, ...shopping, ...purchasing, ...browsing, ...refine, ...conversation, ...numbers, ...screens };
