/**
 * The template cases, one file each, written in English, Simplified Chinese (mainland usage) and
 * Traditional Chinese (Taiwan usage) side by side. Nothing is generated: a converter turns 酒店
 * into 酒店, not 飯店, and keeps 工單號 where a Taiwanese writer says 受理編號.
 */
import { bankBranch } from './cases/bankBranch';
import { broadband } from './cases/broadband';
import { carsharing } from './cases/carsharing';
import { govHall } from './cases/govHall';
import { hospital } from './cases/hospital';
import { hotel } from './cases/hotel';
import { purchase } from './cases/purchase';
import { retail } from './cases/retail';
import { springFestival } from './cases/springFestival';
import type { Template } from './types';

export const TEMPLATES: readonly Template[] = [broadband, govHall, hospital, bankBranch, purchase, retail, carsharing, hotel, springFestival];
