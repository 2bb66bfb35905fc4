import { connectionOf } from '../../graphql/connection.js';
import { PoolType } from './pool.types.js';

/** A page of donation pools, in recorded order. */
export const PoolConnection = connectionOf(PoolType, 'DonationPool');
