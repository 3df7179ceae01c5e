import pluralize from 'pluralize';
import {
  ACTION_VERBS,
  FALSE_PLURALS,
  NOUN_LOOKALIKES,
  READ_ONLY_ACTIONS,
  REPRESENTATION_FORMATS,
  UNCOUNTABLE_NOUNS,
} from './lexicon.js';
import { splitWords } from './words.js';

export interface VocabularyOptions {
  /** Resources that exist once (`/user` is the current user, `/system`). */
  singletons?: readonly string[];
  uncountables?: readonly string[];
  extraVerbs?: readonly string[];
  /** Words that must never be read as verbs, nor flagged as singular. */
  extraNouns?: readonly string[];
  representations?: readonly string[];
}

export type SegmentKind =
  | 'plural'
  | 'uncountable'
  | 'singleton'
  | 'representation'
  | 'verb'
  | 'singular';

export interface SegmentClass {
  kind: SegmentKind;
  /** The word the judgement is about: the head noun, or the verb. */
  word: string;
  /** For `singular`: the segment with its head noun pluralized. */
  plural?: string;
}

/**
 * Verbs that are hardly ever nouns when they open a compound segment:
 * `get_users`, `create_user`, `delete_all`. Verb-nouns such as `export`,
 * `upload` or `run` open noun compounds (`export_jobs`, `run_steps`), so they
 * only count as actions when they are the head (last word) of the segment.
 */
const LEADING_VERBS = new Set([
  'activate', 'add', 'calculate', 'cancel', 'clear', 'compute', 'create', 'deactivate',
  'delete', 'disable', 'duplicate', 'edit', 'enable', 'execute', 'fetch', 'find', 'generate',
  'get', 'insert', 'invoke', 'list', 'load', 'make', 'modify', 'notify', 'purge', 'refresh',
  'reload', 'remove', 'rename', 'reset', 'restart', 'resume', 'retrieve', 'revoke', 'save',
  'send', 'set', 'start', 'stop', 'submit', 'sync', 'toggle', 'trigger', 'truncate',
  'update', 'upsert', 'validate', 'verify',
]);

/** What the action becomes as a resource, where plain pluralize would be wrong. */
const ACTION_NOUNS: Record<string, string> = {
  approve: 'approvals', cancel: 'cancellations', chat: 'messages', compact: 'compactions',
  compute: 'computations', calculate: 'calculations', evaluate: 'evaluations',
  execute: 'executions', generate: 'generations', invite: 'invitations', login: 'sessions',
  logout: 'sessions', process: 'jobs', publish: 'publications', refresh: 'tokens', register: 'registrations',
  reject: 'rejections', reset: 'resets', signin: 'sessions', signout: 'sessions',
  signup: 'registrations', subscribe: 'subscriptions', unsubscribe: 'subscriptions',
  validate: 'validations', verify: 'verifications',
};

export type HttpMethodHint = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const VERB_METHODS: Record<string, HttpMethodHint> = {
  add: 'POST', create: 'POST', insert: 'POST', upload: 'POST', post: 'POST', register: 'POST',
  delete: 'DELETE', remove: 'DELETE', purge: 'DELETE', truncate: 'DELETE',
  edit: 'PATCH', modify: 'PATCH', update: 'PATCH', set: 'PUT', put: 'PUT', replace: 'PUT',
  upsert: 'PUT', fetch: 'GET', find: 'GET', get: 'GET', list: 'GET', read: 'GET',
  retrieve: 'GET', download: 'GET', load: 'GET', count: 'GET',
};

function stripNumericSuffix(word: string): string {
  const stripped = word.replace(/\d+$/, '');
  return stripped === '' ? word : stripped;
}

export class Vocabulary {
  private readonly singletons: Set<string>;
  private readonly uncountables: Set<string>;
  private readonly verbs: Set<string>;
  private readonly nouns: Set<string>;
  private readonly falsePlurals: Set<string>;
  private readonly representation: RegExp;

  constructor(options: VocabularyOptions = {}) {
    this.singletons = new Set((options.singletons ?? []).map((s) => s.toLowerCase()));
    this.nouns = new Set([...NOUN_LOOKALIKES, ...(options.extraNouns ?? [])].map((s) => s.toLowerCase()));
    this.uncountables = new Set(
      [...UNCOUNTABLE_NOUNS, ...(options.uncountables ?? [])].map((s) => s.toLowerCase()),
    );
    this.verbs = new Set(
      [...ACTION_VERBS, ...(options.extraVerbs ?? [])]
        .map((s) => s.toLowerCase())
        .filter((verb) => !this.nouns.has(verb)),
    );
    this.falsePlurals = new Set(FALSE_PLURALS.filter((word) => !this.uncountables.has(word)));
    const formats = [...REPRESENTATION_FORMATS, ...(options.representations ?? [])].map(escapeRegExp);
    this.representation = new RegExp(`^(?:${formats.join('|')})(?:v?\\d+)?$`, 'i');
  }

  isVerb(word: string): boolean {
    return this.verbs.has(word.toLowerCase());
  }

  isUncountable(word: string): boolean {
    return this.uncountables.has(stripNumericSuffix(word.toLowerCase()));
  }

  isPluralNoun(word: string): boolean {
    const lower = stripNumericSuffix(word.toLowerCase());
    if (this.uncountables.has(lower)) return true;
    if (this.falsePlurals.has(lower)) return false;
    return pluralize.isPlural(lower);
  }

  isSingleton(segment: string): boolean {
    return this.singletons.has(segment.toLowerCase());
  }

  isRepresentation(segment: string): boolean {
    return this.representation.test(segment);
  }

  pluralOf(word: string): string {
    return pluralize.plural(word.toLowerCase());
  }

  singularOf(word: string): string {
    const lower = word.toLowerCase();
    if (this.uncountables.has(lower)) return lower;
    return pluralize.singular(lower);
  }

  /** The singular of a whole segment: `dataset_labels` → `dataset_label`. */
  singularOfSegment(segment: string): string {
    const words = splitWords(segment);
    const head = words.pop();
    if (head === undefined) return segment;
    return [...words, this.singularOf(head)].join('_');
  }

  /** Which action word a static segment uses, if it reads as a command. */
  findVerb(segment: string): string | undefined {
    const words = splitWords(segment);
    const head = words[words.length - 1];
    if (head === undefined) return undefined;
    if (this.nouns.has(head)) return undefined;
    if (this.isVerb(head) && !this.isPluralNoun(head)) return head;
    const first = words[0];
    if (words.length > 1 && first !== undefined && LEADING_VERBS.has(first) && this.isVerb(first)) {
      return first;
    }
    return undefined;
  }

  classifySegment(segment: string): SegmentClass {
    if (this.isSingleton(segment)) return { kind: 'singleton', word: segment };
    if (this.isRepresentation(segment)) return { kind: 'representation', word: segment };
    const verb = this.findVerb(segment);
    if (verb !== undefined) return { kind: 'verb', word: verb };
    const words = splitWords(segment);
    const head = words[words.length - 1] ?? segment;
    if (this.isUncountable(head)) return { kind: 'uncountable', word: head };
    if (this.isPluralNoun(head)) return { kind: 'plural', word: head };
    const plural = [...words.slice(0, -1), this.pluralOf(head)].join('_');
    return { kind: 'singular', word: head, plural };
  }

  /** The resource name an action turns into (`transfer` → `transfers`). */
  nounForAction(verb: string): string {
    return ACTION_NOUNS[verb] ?? this.pluralOf(verb);
  }

  /** True when the action changes state, so a GET or HEAD must not perform it. */
  changesState(verb: string): boolean {
    return !READ_ONLY_ACTIONS.includes(verb) && this.methodForAction(verb) !== 'GET';
  }

  /** The HTTP method that already says what the verb says, if one does. */
  methodForAction(verb: string): HttpMethodHint | undefined {
    return VERB_METHODS[verb];
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
