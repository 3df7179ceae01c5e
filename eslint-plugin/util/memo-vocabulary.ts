import { Vocabulary, type SegmentClass } from '../../src/conventions/vocabulary.js';

/**
 * The shared vocabulary with its answers remembered: the same few segments
 * and names come back in every file, and pluralize's rule lists are not free.
 * Same judgements, by construction: every answer comes from `Vocabulary`.
 */
export class MemoizedVocabulary extends Vocabulary {
  private readonly rememberedClasses = new Map<string, SegmentClass>();
  private readonly rememberedVerbs = new Map<string, string | undefined>();
  private readonly rememberedPlurals = new Map<string, boolean>();

  override classifySegment(segment: string): SegmentClass {
    let judgement = this.rememberedClasses.get(segment);
    if (judgement === undefined) {
      judgement = super.classifySegment(segment);
      this.rememberedClasses.set(segment, judgement);
    }
    return judgement;
  }

  override findVerb(segment: string): string | undefined {
    if (this.rememberedVerbs.has(segment)) return this.rememberedVerbs.get(segment);
    const verb = super.findVerb(segment);
    this.rememberedVerbs.set(segment, verb);
    return verb;
  }

  override isPluralNoun(word: string): boolean {
    let plural = this.rememberedPlurals.get(word);
    if (plural === undefined) {
      plural = super.isPluralNoun(word);
      this.rememberedPlurals.set(word, plural);
    }
    return plural;
  }
}
