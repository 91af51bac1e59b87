/**
 * The metric families, in one explicit list (index.test.ts checks every module of this folder is listed). Order
 * does not matter for matching: the longest term wins wherever it starts.
 */
import type { Family } from './family.js';
import { common } from './common.js';
import { budget } from './budget.js';
import { publicFunds } from './public-funds.js';
import { sangong } from './sangong.js';
import { procurement } from './procurement.js';
import { assets } from './assets.js';
import { staff } from './staff.js';
import { carryover } from './carryover.js';
import { quarters } from './quarters.js';
import { satisfaction } from './satisfaction.js';
import { scores } from './scores.js';
import { identity } from './identity.js';
import { projects } from './projects.js';
import { revenue } from './revenue.js';

export const FAMILIES: Family[] = [common, budget, publicFunds, sangong, procurement, assets, staff, carryover, quarters, satisfaction, scores, projects, revenue, identity];
