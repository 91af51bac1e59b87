/**
 * `import { auditFiles, auditDocument } from 'jixiao'`: the library (src/api.ts), the zod schemas of its results
 * (the same as audit.schema.json), and the functions that show a report's codes to people.
 */
export { auditFiles, auditDocument, InputError, DEFAULT_MAX_FILES, type AuditOptions, type DocumentInput } from './api.js';
export { RubricError } from './rules/rubric/load.js';
export {
  AuditSchema,
  ReportSchema,
  FactSchema,
  FlagSchema,
  EvidenceSchema,
  LocationSchema,
  MessageSchema,
  SuspectSchema,
  CHECKS,
  SEVERITIES,
  type Audit,
  type Report,
  type Fact,
  type Flag,
  type Evidence,
  type Location,
  type Severity,
  type CheckId,
} from './model/audit.js';
export { STATUSES, type Status, type Message } from './model/status.js';
export { type Lang } from './i18n/messages.js';
export { render as renderMessage, renderFlagMessage, renderFormula } from './write/render.js';
export { metricName } from './write/metric-names.js';
export { TOOL_VERSION as version } from './version.js';
