/** The caps of a member's stored text, the same whether sent through GraphQL (MemberInput) or in a roster file's cells. */
export const MEMBER_CAPS = {
  idNumber: 32,
  name: 50,
  /** A cell of a village's own text fact. */
  factText: 200,
  /** The village's own facts of one member (`custom`), as JSON. */
  customBytes: 4096,
};
