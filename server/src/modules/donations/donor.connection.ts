import { connectionOf } from '../../graphql/connection.js';
import { DonorType } from './donor.types.js';

/** A page of donors, by name. */
export const DonorConnection = connectionOf(DonorType, 'Donor');
