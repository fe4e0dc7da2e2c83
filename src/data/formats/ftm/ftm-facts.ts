import { propertiesOf, type Schema } from './ftm-model';

/**
 * The property naming what a record is a fact about, when its schema is one of FtM's records of a
 * fact rather than a thing: an interval (dated) schema that is neither a thing nor an edge and
 * requires exactly one reference (Sanction.entity, Identification.holder, Passport.holder,
 * TaxRoll.taxee, Post.holder). Read from the model, so a schema added to it is judged the same.
 * Address, Position and Note are things of their own (shared by many entities, or quotes), and
 * Call or EconomicActivity link two parties, so they are not facts of one.
 */
export function factSubjectProperty(schema: Schema | undefined): string | undefined {
  if (!schema || schema.isEdge || schema.isA('Thing') || !schema.isA('Interval')) return undefined;
  const properties = propertiesOf(schema);
  const references = [...schema.required, ...schema.getParents().flatMap((p) => p.required)]
    .filter((name, index, all) => all.indexOf(name) === index)
    .filter((name) => properties.get(name)?.type.isEntity);
  return references.length === 1 ? references[0] : undefined;
}
