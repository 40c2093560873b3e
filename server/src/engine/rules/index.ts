// Every rule, in the order their findings are listed.
import type { Rule } from '../rule';
import yamlSyntax from './yamlSyntax';
import unreadableFile from './unreadableFile';
import unknownKey from './unknownKey';
import missingKey from './missingKey';
import invalidValue from './invalidValue';
import missingSection from './missingSection';
import conflictingDefinition from './conflictingDefinition';
import duplicateId from './duplicateId';
import unknownActivity from './unknownActivity';
import numericActivity from './numericActivity';
import unknownSubcontractor from './unknownSubcontractor';
import unknownSite from './unknownSite';
import unknownControl from './unknownControl';
import unquotedControlId from './unquotedControlId';
import unknownRiskEvent from './unknownRiskEvent';
import unknownCountry from './unknownCountry';
import storageOutsideEea from './storageOutsideEea';
import storageLocationMissing from './storageLocationMissing';
import remoteAccessWithoutBasis from './remoteAccessWithoutBasis';
import lawExposureIncomplete from './lawExposureIncomplete';
import secnumcloudLawExposure from './secnumcloudLawExposure';
import transferPageMissing from './transferPageMissing';
import adequacyScopeUnconfirmed from './adequacyScopeUnconfirmed';
import transferCustomerUninformed from './transferCustomerUninformed';
import guaranteesAnswerMissing from './guaranteesAnswerMissing';
import hdsCertificateExpired from './hdsCertificateExpired';
import hdsReferentialV1 from './hdsReferentialV1';
import hdsCertificateValidity from './hdsCertificateValidity';
import surveillanceAuditOverdue from './surveillanceAuditOverdue';
import iso27001Expired from './iso27001Expired';
import iso27001Scope from './iso27001Scope';
import iso27001EditionLapsed from './iso27001EditionLapsed';
import iso27001EndsBeforeHds from './iso27001EndsBeforeHds';
import noActivityProvided from './noActivityProvided';
import offerActivityNotProvided from './offerActivityNotProvided';
import activityNotCertified from './activityNotCertified';
import activityAlsoSubcontracted from './activityAlsoSubcontracted';
import subcontractorUncertified from './subcontractorUncertified';
import subcontractorCertificateScope from './subcontractorCertificateScope';
import subcontractorCertificateExpired from './subcontractorCertificateExpired';
import certificateExpiring from './certificateExpiring';
import riskEventUncovered from './riskEventUncovered';
import soaControlMissing from './soaControlMissing';
import soaJustificationMissing from './soaJustificationMissing';
import soaExclusionNotAllowed from './soaExclusionNotAllowed';
import riskControlExcluded from './riskControlExcluded';
import riskUnassessed from './riskUnassessed';
import riskAcceptanceUnjustified from './riskAcceptanceUnjustified';
import riskRatingOffScale from './riskRatingOffScale';
import riskCriteriaIncomplete from './riskCriteriaIncomplete';
import riskControlNotImplemented from './riskControlNotImplemented';
import evidenceNotFound from './evidenceNotFound';
import evidenceOutsideWorkspace from './evidenceOutsideWorkspace';
import contractClauseMissing from './contractClauseMissing';
import requirementUnanswered from './requirementUnanswered';
import requirementNotMet from './requirementNotMet';
import ismsStartedRecently from './ismsStartedRecently';
import internalAuditOverdue from './internalAuditOverdue';
import managementReviewOverdue from './managementReviewOverdue';
import technicalAuditOutdated from './technicalAuditOutdated';
import technicalAuditNotIndependent from './technicalAuditNotIndependent';
import auditFindingOverdue from './auditFindingOverdue';
import auditResultMismatch from './auditResultMismatch';
import placeholderLeft from './placeholderLeft';
import exceptionIncomplete from './exceptionIncomplete';
import exceptionStale from './exceptionStale';

export const rules: readonly Rule[] = [
  yamlSyntax,
  unreadableFile,
  unknownKey,
  missingKey,
  invalidValue,
  missingSection,
  conflictingDefinition,
  duplicateId,
  unknownActivity,
  numericActivity,
  unknownSubcontractor,
  unknownSite,
  unknownControl,
  unquotedControlId,
  unknownRiskEvent,
  unknownCountry,
  storageOutsideEea,
  storageLocationMissing,
  remoteAccessWithoutBasis,
  lawExposureIncomplete,
  secnumcloudLawExposure,
  transferPageMissing,
  adequacyScopeUnconfirmed,
  transferCustomerUninformed,
  guaranteesAnswerMissing,
  hdsCertificateExpired,
  hdsReferentialV1,
  hdsCertificateValidity,
  surveillanceAuditOverdue,
  iso27001Expired,
  iso27001Scope,
  iso27001EditionLapsed,
  iso27001EndsBeforeHds,
  noActivityProvided,
  offerActivityNotProvided,
  activityNotCertified,
  activityAlsoSubcontracted,
  subcontractorUncertified,
  subcontractorCertificateScope,
  subcontractorCertificateExpired,
  certificateExpiring,
  riskEventUncovered,
  soaControlMissing,
  soaJustificationMissing,
  soaExclusionNotAllowed,
  riskControlExcluded,
  riskUnassessed,
  riskAcceptanceUnjustified,
  riskRatingOffScale,
  riskCriteriaIncomplete,
  riskControlNotImplemented,
  evidenceNotFound,
  evidenceOutsideWorkspace,
  contractClauseMissing,
  requirementUnanswered,
  requirementNotMet,
  ismsStartedRecently,
  internalAuditOverdue,
  managementReviewOverdue,
  technicalAuditOutdated,
  technicalAuditNotIndependent,
  auditFindingOverdue,
  auditResultMismatch,
  placeholderLeft,
  // Last: they read what every other rule found.
  exceptionIncomplete,
  exceptionStale,
];

export const ruleByCode = new Map(rules.map((rule) => [rule.code, rule]));
