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

const propertiesBySchema = new WeakMap<Schema, ReadonlyMap<string, Property>>();

/** A schema's properties, its parents' included; the library computes them anew on every call. */
export function propertiesOf(schema: Schema): ReadonlyMap<string, Property> {
  let properties = propertiesBySchema.get(schema);
  if (!properties) {
    properties = schema.getProperties();
    propertiesBySchema.set(schema, properties);
  }
  return properties;
}

export function countryLabel(model: Model, code: string): string {
  return model.getType('country').values.get(code.toLowerCase()) ?? code;
}

export type { Model, Property, Schema };
