import { defaultModel, Model, type Property, type Schema } from '@alephdata/followthemoney';

/**
 * The FollowTheMoney model, read from the library: which schemata are things and which are
 * edges, each edge's source and target properties, each property's type. Only the FtM modules
 * import this file, and they are loaded when an FtM file is opened.
 */
export const ftmModel = new Model(defaultModel);

/** The model keeps schemata in a plain object: a name like "constructor" must not find a function. */
export function findSchema(model: Model, name: string): Schema | undefined {
  return Object.hasOwn(model.schemata, name) ? model.schemata[name] : undefined;
}

/** Every schema's properties, its parents' included, read once: the library computes them anew on every call. */
const PROPERTIES_BY_SCHEMA: ReadonlyMap<Schema, ReadonlyMap<string, Property>> = new Map(
  Object.values(ftmModel.schemata).flatMap((schema) =>
    schema ? [[schema, schema.getProperties()] as const] : [],
  ),
);

export function propertiesOf(schema: Schema): ReadonlyMap<string, Property> {
  return PROPERTIES_BY_SCHEMA.get(schema) ?? schema.getProperties();
}

export function countryLabel(model: Model, code: string): string {
  return model.getType('country').values.get(code.toLowerCase()) ?? code;
}

export type { Model, Property, Schema };
