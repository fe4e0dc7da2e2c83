import { isFtmDate } from './ftm-dates';
import { findSchema, propertiesOf, type Model, type Schema } from './ftm-model';

/** An FtM entity as JSON lines carry it. */
export interface FtmDatum {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** Every property a schema requires, its parents' included. */
export function requiredOf(schema: Schema): Set<string> {
  const required = new Set([...schema.required]);
  for (const parent of schema.getParents()) for (const name of parent.required) required.add(name);
  if (schema.edge) required.add(schema.edge.source).add(schema.edge.target);
  return required;
}

/**
 * Checks entities against the FtM model: known, concrete schemata; properties the schema has;
 * required properties present; dates in FtM's form; country codes the model knows; references
 * to entities in the same file whose schema the property accepts. Returns every problem.
 */
export function validateFtm(entities: readonly FtmDatum[], model: Model): string[] {
  const problems: string[] = [];
  const schemaById = new Map<string, Schema>();
  for (const entity of entities) {
    const schema = findSchema(model, entity.schema);
    if (schemaById.has(entity.id)) problems.push(`${entity.id}: the id again`);
    if (schema) schemaById.set(entity.id, schema);
  }
  const countries = model.getType('country').values;
  for (const entity of entities) {
    const where = `${entity.id} (${entity.schema})`;
    const schema = findSchema(model, entity.schema);
    if (!schema || schema.abstract) {
      problems.push(`${where}: no concrete schema of that name`);
      continue;
    }
    try {
      model.getEntity(entity);
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
    }
    const properties = propertiesOf(schema);
    for (const name of requiredOf(schema)) {
      if (!entity.properties[name]?.length) problems.push(`${where}: no ${name}`);
    }
    for (const [name, values] of Object.entries(entity.properties)) {
      const property = properties.get(name);
      if (!property) {
        problems.push(`${where}: no property ${name}`);
        continue;
      }
      for (const value of values) {
        if (typeof value !== 'string' || !value.trim()) {
          problems.push(`${where}.${name}: an empty value`);
        } else if (property.type.name === 'date' && !isFtmDate(value)) {
          problems.push(`${where}.${name}: "${value}" is no FtM date`);
        } else if (property.type.name === 'country' && !countries.has(value)) {
          problems.push(`${where}.${name}: "${value}" is no country code`);
        } else if (property.type.isEntity) {
          const target = schemaById.get(value);
          if (!target) problems.push(`${where}.${name}: "${value}" is no entity in the file`);
          else if (property.hasRange && !target.isA(property.getRange())) {
            problems.push(
              `${where}.${name}: "${value}" is a ${target.name}, not a ${property.getRange().name}`,
            );
          }
        }
      }
    }
  }
  return problems;
}
