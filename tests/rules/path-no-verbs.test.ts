import { describe, expect, it } from 'vitest';
import { lintFixture, lintText, openapi, summarize } from '../helpers/lint.js';

const rules = ['path-no-verbs'];
const ok = "{ post: { responses: { '200': { description: OK } } } }";

describe('path-no-verbs', () => {
  it('flags verbs and says which method or resource replaces them', () => {
    const findings = lintFixture('path-no-verbs', 'bad.yaml');
    expect(summarize(findings)).toEqual([
      ['path-no-verbs', 'paths > /v1/datasets/upload'],
      ['path-no-verbs', 'paths > /v1/sessions/delete'],
      ['path-no-verbs', 'paths > /v1/traces/transfer'],
      ['path-no-verbs', 'paths > /v1/get_users'],
    ]);
    expect(findings.map((finding) => finding.message.split('; ')[1])).toEqual([
      'let the method say it: POST /v1/datasets.',
      'let the method say it: DELETE /v1/sessions.',
      'model the action as a resource and create one: POST /v1/traces/transfers.',
      'let the method say it: GET /v1/users.',
    ]);
  });

  it('accepts nouns that look like verbs, plural verb-nouns and noun compounds', () => {
    expect(lintFixture('path-no-verbs', 'good.yaml')).toEqual([]);
  });

  it('reads configured extra verbs and extra nouns', () => {
    const text = openapi(`  /v1/datasets/{dataset_id}/snapshot: ${ok}\n  /v1/jobs/{job_id}/run: ${ok}`);
    expect(summarize(lintText(text, { rules }))).toEqual([['path-no-verbs', 'paths > /v1/jobs/{job_id}/run']]);
    const config = { conventions: { extra_verbs: ['snapshot'], extra_nouns: ['run'] } };
    expect(summarize(lintText(text, { rules, config }))).toEqual([['path-no-verbs', 'paths > /v1/datasets/{dataset_id}/snapshot']]);
  });
});
