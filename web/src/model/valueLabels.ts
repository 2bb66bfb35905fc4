/** The Chinese word for a fact's value: the rules package's words, shared with the notices. */
export { valueWords as valueLabel } from '@cunce/rules';
