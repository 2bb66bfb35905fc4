/**
 * The steps of 四议两公开 for the modules that take them from here: the rules package's, where they live (with their
 * order, labels and checks) so that the server and the editor share them.
 */
export {
  DECISION_STEPS,
  DECISION_STEP_LABELS as STEP_LABELS,
  STEPS_BEFORE_SUBMISSION,
  missingBeforeSubmission,
  type DecisionStepName,
} from '@cunce/rules';
