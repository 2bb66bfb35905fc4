/**
 * Batched reads of a village's schemes and what hangs on a scheme (issue 13 item 1): one statement for all the
 * villages or schemes of an answer, not one each. Used by VillageResolver and SchemeResolver through `ctx.loader`.
 * A scheme's village is the Village the key gave (the request's identity map), township and county loaded.
 */
import type { Em } from '../../../db/orm.js';
import { groupedLoader } from '../../reference/loaders.js';
import type { Village } from '../../reference/division/village.entity.js';
import { DecisionStep } from '../decision/decisionStep.entity.js';
import { FilingReceipt } from '../filing/filingReceipt.entity.js';
import { RuleSetVersion } from '../ruleset/ruleSetVersion.entity.js';
import { Suspension } from '../suspension/suspension.entity.js';
import { Scheme } from './scheme.entity.js';

const ids = (schemes: Scheme[]) => schemes.map((s) => s.id);
const bySchemeRow = { rowOwner: (row: { scheme: { id: number } }) => row.scheme.id };

/** The scheme of a village for a year: the one made that year, else a multi-year one covering it. */
export const schemeOfYear = (em: Em) =>
  groupedLoader<{ village: Village; year: number }, Scheme | null, Scheme>({
    group: (key) => String(key.year),
    read: (keys) =>
      em.find(Scheme, { village: { $in: keys.map((k) => k.village.id) }, year: { $lte: keys[0]!.year } }, { orderBy: { year: 'desc' } }),
    rowOwner: (s) => s.village.id,
    keyOwner: (k) => k.village.id,
    pick: (mine, { year }) => mine.find((s) => s.year === year) ?? mine.find((s) => (s.lastYear ?? s.year) >= year) ?? null,
  });

/** All schemes of a village, by year. */
export const villageSchemes = (em: Em) =>
  groupedLoader<Village, Scheme[], Scheme>({
    read: (villages) => em.find(Scheme, { village: { $in: villages.map((v) => v.id) } }, { orderBy: { year: 'asc' } }),
    rowOwner: (s) => s.village.id,
    keyOwner: (v) => v.id,
    pick: (mine) => mine,
  });

/** One version of a scheme (the filed one, the current one). */
export const schemeVersion = (em: Em) =>
  groupedLoader<{ scheme: Scheme; version: number }, RuleSetVersion | null, RuleSetVersion>({
    read: (keys) =>
      em.find(
        RuleSetVersion,
        { scheme: { $in: ids(keys.map((k) => k.scheme)) }, version: { $in: [...new Set(keys.map((k) => k.version))] } },
        { populate: ['createdBy'] },
      ),
    ...bySchemeRow,
    keyOwner: (k) => k.scheme.id,
    pick: (mine, { version }) => mine.find((v) => v.version === version) ?? null,
  });

/** Every version of a scheme, from the first. */
export const schemeVersions = (em: Em) =>
  groupedLoader<Scheme, RuleSetVersion[], RuleSetVersion>({
    read: (schemes) => em.find(RuleSetVersion, { scheme: { $in: ids(schemes) } }, { populate: ['createdBy'], orderBy: { version: 'asc' } }),
    ...bySchemeRow,
    keyOwner: (s) => s.id,
    pick: (mine) => mine,
  });

/** The decision steps of the version in progress (the latest saved), in the order recorded. */
export const stepsInProgress = (em: Em) =>
  groupedLoader<Scheme, DecisionStep[], DecisionStep>({
    read: (schemes) => em.find(DecisionStep, { scheme: { $in: ids(schemes) } }, { populate: ['createdBy'], orderBy: { id: 'asc' } }),
    ...bySchemeRow,
    keyOwner: (s) => s.id,
    pick: (mine, scheme) => mine.filter((s) => s.version === scheme.currentVersion),
  });

/** The receipts of the current round (the latest submission or suspension), or all of them. */
export const schemeReceipts = (em: Em) =>
  groupedLoader<{ scheme: Scheme; all: boolean }, FilingReceipt[], FilingReceipt>({
    read: (keys) =>
      em.find(FilingReceipt, { scheme: { $in: ids(keys.map((k) => k.scheme)) } }, { populate: ['user'], orderBy: { id: 'asc' } }),
    ...bySchemeRow,
    keyOwner: (k) => k.scheme.id,
    pick: (mine, { scheme, all }) => mine.filter((r) => all || r.round === scheme.filingRound),
  });

/** The suspension in force (not resumed), if any. */
export const activeSuspension = (em: Em) =>
  groupedLoader<Scheme, Suspension | null, Suspension>({
    read: (schemes) =>
      em.find(Suspension, { scheme: { $in: ids(schemes) }, resumedAt: null }, { populate: ['createdBy'], orderBy: { id: 'desc' } }),
    ...bySchemeRow,
    keyOwner: (s) => s.id,
    pick: (mine) => mine[0] ?? null,
  });
