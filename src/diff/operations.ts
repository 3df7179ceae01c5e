import type { OperationDiff } from './model.js';
import {
  operationParameters,
  operationRequestBody,
  operationResponses,
  operationSecurity,
  type OperationView,
} from './operation-view.js';
import { diffParameters } from './parameters.js';
import { diffRequestBodies } from './request-bodies.js';
import { diffResponses } from './responses.js';
import type { SchemaComparer } from './schemas.js';
import { diffSecurity } from './security.js';

export function diffOperation(comparer: SchemaComparer, from: OperationView, to: OperationView): OperationDiff | undefined {
  const { base: baseReader, revision: revisionReader } = comparer;
  const diff: OperationDiff = {
    method: to.summary.method,
    base: from.summary,
    revision: to.summary,
    pathParameterNames: [],
    parameters: diffParameters(comparer, operationParameters(baseReader, from), operationParameters(revisionReader, to)),
    responses: diffResponses(comparer, operationResponses(baseReader, from), operationResponses(revisionReader, to)),
  };
  let changed = false;
  from.pathParameterNames.forEach((name, index) => {
    const renamed = to.pathParameterNames[index];
    if (renamed !== undefined && renamed !== name) diff.pathParameterNames.push({ index, from: name, to: renamed });
  });
  if (diff.pathParameterNames.length > 0) changed = true;
  const fromLife = from.summary.lifecycle;
  const toLife = to.summary.lifecycle;
  if (fromLife.deprecated !== toLife.deprecated) {
    diff.deprecated = { from: fromLife.deprecated, to: toLife.deprecated };
    changed = true;
  }
  if (fromLife.stability !== toLife.stability) {
    diff.stability = { from: fromLife.stability, to: toLife.stability };
    changed = true;
  }
  if (from.summary.operationId !== to.summary.operationId) {
    diff.operationId = { from: from.summary.operationId, to: to.summary.operationId };
    changed = true;
  }
  const parameters = diff.parameters;
  if (parameters.added.length + parameters.removed.length + parameters.moved.length + parameters.modified.length > 0) changed = true;
  const requestBody = diffRequestBodies(comparer, operationRequestBody(baseReader, from), operationRequestBody(revisionReader, to));
  if (requestBody !== undefined) {
    diff.requestBody = requestBody;
    changed = true;
  }
  const responses = diff.responses;
  if (responses.added.length + responses.removed.length + responses.modified.length > 0) changed = true;
  const security = diffSecurity(comparer, operationSecurity(baseReader, from), operationSecurity(revisionReader, to));
  if (security !== undefined) {
    diff.security = security;
    changed = true;
  }
  return changed ? diff : undefined;
}
