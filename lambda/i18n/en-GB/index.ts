/** The en-GB messages: en-US with British wording laid over it. */
import type { Catalog } from '..';
import { enUS } from '../en-US';
import { browsing } from './browsing';
import { conversation } from './conversation';
import { core } from './core';
import { purchasing } from './purchasing';
import { refine } from './refine';
import { shopping } from './shopping';

export const enGB: Catalog = { ...enUS, ...core, ...shopping, ...purchasing, ...browsing, ...refine, ...conversation };
