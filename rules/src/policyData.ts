import type { PolicyYear } from './types.js';
import y2024 from '../policy/2024.json' with { type: 'json' };
import y2025 from '../policy/2025.json' with { type: 'json' };
import y2026 from '../policy/2026.json' with { type: 'json' };

/**
 * Ningxia's region figures as shipped (shared/POLICY.md). They seed the server's database, which is the
 * source of truth once it exists; the CLI uses them unless given `--policy`.
 */
export const NINGXIA_POLICY_YEARS: PolicyYear[] = [y2024, y2025, y2026] as PolicyYear[];
