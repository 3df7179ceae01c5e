import apiOperationAdded from './api-operation-added.js';
import apiOperationDeprecated from './api-operation-deprecated.js';
import apiOperationIdChanged from './api-operation-id-changed.js';
import apiOperationReactivated from './api-operation-reactivated.js';
import apiOperationRemoved from './api-operation-removed.js';
import apiPathAdded from './api-path-added.js';
import apiPathParameterRenamed from './api-path-parameter-renamed.js';
import apiPathRemoved from './api-path-removed.js';
import apiSecurityRequirementAdded from './api-security-requirement-added.js';
import apiSecurityRequirementRemoved from './api-security-requirement-removed.js';
import apiSecuritySchemeChanged from './api-security-scheme-changed.js';
import apiSecuritySchemeScopeAdded from './api-security-scheme-scope-added.js';
import apiSecuritySchemeScopeRemoved from './api-security-scheme-scope-removed.js';
import apiSecuritySchemeUrlChanged from './api-security-scheme-url-changed.js';
import apiSecurityScopeAdded from './api-security-scope-added.js';
import apiSecurityScopeRemoved from './api-security-scope-removed.js';
import apiStabilityDecreased from './api-stability-decreased.js';
import apiStabilityIncreased from './api-stability-increased.js';
import requestBodyAddedOptional from './request-body-added-optional.js';
import requestBodyAddedRequired from './request-body-added-required.js';
import requestBodyBecameOptional from './request-body-became-optional.js';
import requestBodyBecameRequired from './request-body-became-required.js';
import requestBodyMediaTypeAdded from './request-body-media-type-added.js';
import requestBodyMediaTypeRemoved from './request-body-media-type-removed.js';
import requestBodyRemoved from './request-body-removed.js';
import requestDiscriminatorMappingAdded from './request-discriminator-mapping-added.js';
import requestDiscriminatorMappingRemoved from './request-discriminator-mapping-removed.js';
import requestDiscriminatorPropertyChanged from './request-discriminator-property-changed.js';
import requestParameterAddedOptional from './request-parameter-added-optional.js';
import requestParameterAddedRequired from './request-parameter-added-required.js';
import requestParameterBecameOptional from './request-parameter-became-optional.js';
import requestParameterBecameRequired from './request-parameter-became-required.js';
import requestParameterConstraintRelaxed from './request-parameter-constraint-relaxed.js';
import requestParameterConstraintTightened from './request-parameter-constraint-tightened.js';
import requestParameterDefaultChanged from './request-parameter-default-changed.js';
import requestParameterDeprecated from './request-parameter-deprecated.js';
import requestParameterEnumValueAdded from './request-parameter-enum-value-added.js';
import requestParameterEnumValueRemoved from './request-parameter-enum-value-removed.js';
import requestParameterFormatChanged from './request-parameter-format-changed.js';
import requestParameterMoved from './request-parameter-moved.js';
import requestParameterPatternChanged from './request-parameter-pattern-changed.js';
import requestParameterRemoved from './request-parameter-removed.js';
import requestParameterTypeChanged from './request-parameter-type-changed.js';
import requestParameterTypeGeneralized from './request-parameter-type-generalized.js';
import requestPropertyAddedOptional from './request-property-added-optional.js';
import requestPropertyAddedRequired from './request-property-added-required.js';
import requestPropertyAdditionalPropertiesClosed from './request-property-additional-properties-closed.js';
import requestPropertyAdditionalPropertiesOpened from './request-property-additional-properties-opened.js';
import requestPropertyBecameNotNullable from './request-property-became-not-nullable.js';
import requestPropertyBecameNullable from './request-property-became-nullable.js';
import requestPropertyBecameOptional from './request-property-became-optional.js';
import requestPropertyBecameReadOnly from './request-property-became-read-only.js';
import requestPropertyBecameRequired from './request-property-became-required.js';
import requestPropertyBecameWritable from './request-property-became-writable.js';
import requestPropertyConstraintRelaxed from './request-property-constraint-relaxed.js';
import requestPropertyConstraintTightened from './request-property-constraint-tightened.js';
import requestPropertyDefaultChanged from './request-property-default-changed.js';
import requestPropertyDeprecated from './request-property-deprecated.js';
import requestPropertyEnumValueAdded from './request-property-enum-value-added.js';
import requestPropertyEnumValueRemoved from './request-property-enum-value-removed.js';
import requestPropertyFormatChanged from './request-property-format-changed.js';
import requestPropertyPatternChanged from './request-property-pattern-changed.js';
import requestPropertyRemoved from './request-property-removed.js';
import requestPropertyTypeChanged from './request-property-type-changed.js';
import requestPropertyTypeGeneralized from './request-property-type-generalized.js';
import requestPropertyUnionBranchAdded from './request-property-union-branch-added.js';
import requestPropertyUnionBranchRemoved from './request-property-union-branch-removed.js';
import responseDiscriminatorMappingAdded from './response-discriminator-mapping-added.js';
import responseDiscriminatorMappingRemoved from './response-discriminator-mapping-removed.js';
import responseDiscriminatorPropertyChanged from './response-discriminator-property-changed.js';
import responseHeaderAdded from './response-header-added.js';
import responseHeaderBecameOptional from './response-header-became-optional.js';
import responseHeaderBecameRequired from './response-header-became-required.js';
import responseHeaderRemoved from './response-header-removed.js';
import responseHeaderTypeChanged from './response-header-type-changed.js';
import responseMediaTypeAdded from './response-media-type-added.js';
import responseMediaTypeRemoved from './response-media-type-removed.js';
import responseNonSuccessStatusRemoved from './response-non-success-status-removed.js';
import responsePropertyAdded from './response-property-added.js';
import responsePropertyBecameNotNullable from './response-property-became-not-nullable.js';
import responsePropertyBecameNullable from './response-property-became-nullable.js';
import responsePropertyBecameOptional from './response-property-became-optional.js';
import responsePropertyBecameReadable from './response-property-became-readable.js';
import responsePropertyBecameRequired from './response-property-became-required.js';
import responsePropertyBecameWriteOnly from './response-property-became-write-only.js';
import responsePropertyConstraintRelaxed from './response-property-constraint-relaxed.js';
import responsePropertyConstraintTightened from './response-property-constraint-tightened.js';
import responsePropertyEnumValueAdded from './response-property-enum-value-added.js';
import responsePropertyEnumValueRemoved from './response-property-enum-value-removed.js';
import responsePropertyFormatChanged from './response-property-format-changed.js';
import responsePropertyRemoved from './response-property-removed.js';
import responsePropertyTypeChanged from './response-property-type-changed.js';
import responsePropertyTypeSpecialized from './response-property-type-specialized.js';
import responsePropertyUnionBranchAdded from './response-property-union-branch-added.js';
import responsePropertyUnionBranchRemoved from './response-property-union-branch-removed.js';
import responseStatusAdded from './response-status-added.js';
import responseSuccessStatusRemoved from './response-success-status-removed.js';
import type { CheckDefinition } from './types.js';

/** Every check, in catalogue order. Adding a check: write its file, list it here, add its fixture pair. */
export const CHECKS: readonly CheckDefinition[] = [
  apiOperationAdded,
  apiOperationDeprecated,
  apiOperationIdChanged,
  apiOperationReactivated,
  apiOperationRemoved,
  apiPathAdded,
  apiPathParameterRenamed,
  apiPathRemoved,
  apiSecurityRequirementAdded,
  apiSecurityRequirementRemoved,
  apiSecuritySchemeChanged,
  apiSecuritySchemeScopeAdded,
  apiSecuritySchemeScopeRemoved,
  apiSecuritySchemeUrlChanged,
  apiSecurityScopeAdded,
  apiSecurityScopeRemoved,
  apiStabilityDecreased,
  apiStabilityIncreased,
  requestBodyAddedOptional,
  requestBodyAddedRequired,
  requestBodyBecameOptional,
  requestBodyBecameRequired,
  requestBodyMediaTypeAdded,
  requestBodyMediaTypeRemoved,
  requestBodyRemoved,
  requestDiscriminatorMappingAdded,
  requestDiscriminatorMappingRemoved,
  requestDiscriminatorPropertyChanged,
  requestParameterAddedOptional,
  requestParameterAddedRequired,
  requestParameterBecameOptional,
  requestParameterBecameRequired,
  requestParameterConstraintRelaxed,
  requestParameterConstraintTightened,
  requestParameterDefaultChanged,
  requestParameterDeprecated,
  requestParameterEnumValueAdded,
  requestParameterEnumValueRemoved,
  requestParameterFormatChanged,
  requestParameterMoved,
  requestParameterPatternChanged,
  requestParameterRemoved,
  requestParameterTypeChanged,
  requestParameterTypeGeneralized,
  requestPropertyAddedOptional,
  requestPropertyAddedRequired,
  requestPropertyAdditionalPropertiesClosed,
  requestPropertyAdditionalPropertiesOpened,
  requestPropertyBecameNotNullable,
  requestPropertyBecameNullable,
  requestPropertyBecameOptional,
  requestPropertyBecameReadOnly,
  requestPropertyBecameRequired,
  requestPropertyBecameWritable,
  requestPropertyConstraintRelaxed,
  requestPropertyConstraintTightened,
  requestPropertyDefaultChanged,
  requestPropertyDeprecated,
  requestPropertyEnumValueAdded,
  requestPropertyEnumValueRemoved,
  requestPropertyFormatChanged,
  requestPropertyPatternChanged,
  requestPropertyRemoved,
  requestPropertyTypeChanged,
  requestPropertyTypeGeneralized,
  requestPropertyUnionBranchAdded,
  requestPropertyUnionBranchRemoved,
  responseDiscriminatorMappingAdded,
  responseDiscriminatorMappingRemoved,
  responseDiscriminatorPropertyChanged,
  responseHeaderAdded,
  responseHeaderBecameOptional,
  responseHeaderBecameRequired,
  responseHeaderRemoved,
  responseHeaderTypeChanged,
  responseMediaTypeAdded,
  responseMediaTypeRemoved,
  responseNonSuccessStatusRemoved,
  responsePropertyAdded,
  responsePropertyBecameNotNullable,
  responsePropertyBecameNullable,
  responsePropertyBecameOptional,
  responsePropertyBecameReadable,
  responsePropertyBecameRequired,
  responsePropertyBecameWriteOnly,
  responsePropertyConstraintRelaxed,
  responsePropertyConstraintTightened,
  responsePropertyEnumValueAdded,
  responsePropertyEnumValueRemoved,
  responsePropertyFormatChanged,
  responsePropertyRemoved,
  responsePropertyTypeChanged,
  responsePropertyTypeSpecialized,
  responsePropertyUnionBranchAdded,
  responsePropertyUnionBranchRemoved,
  responseStatusAdded,
  responseSuccessStatusRemoved,
];

const BY_ID = new Map(CHECKS.map((check) => [check.id, check]));

export function findCheck(id: string): CheckDefinition | undefined {
  return BY_ID.get(id);
}
