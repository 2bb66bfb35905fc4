/** The operations GraphiQL opens with (API.md): public ones first, then one that needs the editor's login. */
export interface ExampleTab {
  query: string;
  variables?: string;
}

export const EXAMPLES: ExampleTab[] = [
  {
    query: `# The region's policy years (no login needed)
query PolicyYears {
  policyYears {
    year
    tiers { amount governmentSubsidy hardshipOnly }
    hardshipTierCategories
  }
}
`,
  },
  {
    query: `# Counties, townships and villages of the pilot (no login needed)
query Counties {
  counties { code name townships { code name villages { code name provisional } } }
}
`,
  },
  {
    query: `# Check a rule set (RULESET.md) against the year's policy (no login needed)
query ValidateRuleSet($ruleSet: JSON!) {
  validateRuleSet(ruleSet: $ruleSet) { valid errors { path code message } warnings { path code message } }
}
`,
    variables: JSON.stringify({ ruleSet: { village: '640121102201', year: 2025, sections: [] } }, null, 2),
  },
  {
    query: `# Who is logged in: log in to the editor in this browser first (the session cookie is sent along)
query Me {
  me { username role areaCode }
}
`,
  },
];
