import { connectionOf } from '../../../graphql/connection.js';
import { MemberType } from './roster.types.js';

/** A page of a village's roster, in import order. */
export const MemberConnection = connectionOf(MemberType, 'Member');
