// Checks a written JSON document against the fields its data dictionary declares (paths such as
// `editions[].resultats[].rang`), reading the file rather than trusting the writer: in every object,
// each key written is declared and each declared key is written; each value has its declared type,
// is null only where the field may be, and obeys its constraints. A list or an object declared
// without keys of its own (`editions[].echelle`) is described in words: when its description names
// the keys of its objects (« objets { id, libelle } »), each object has exactly those, in that order.
import { fr } from '../../src/i18n/fr';
import type { FieldSpec, OpenDataFile } from '../../src/lib/open-data/open-data';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const TYPE_CHECKS: Record<FieldSpec['type'], (value: unknown) => boolean> = {
  integer: Number.isInteger,
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  text: (value) => typeof value === 'string',
  id: (value) => typeof value === 'string',
  date: (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value),
  url: (value) => typeof value === 'string' && /^(https?:\/\/|\/)/.test(value),
  boolean: (value) => typeof value === 'boolean',
  list: Array.isArray,
  object: isObject,
};

/** The keys a field's description gives to each object of its list (« objets { code, nom } »), if it names them. */
export function describedKeys(field: Pick<FieldSpec, 'name'>): string[] | undefined {
  const named = /objets \{ ([^}]+) \}/.exec(fr.openData.fields[field.name]);
  return named?.[1]!.split(', ');
}

/**
 * What disagrees between a JSON object and the declared fields, one line each (none when they
 * agree). `prefix` is where the object sits among the declared paths (`properties.` for the
 * properties of a GeoJSON feature), `label` how the lines name it (`features[3].properties`).
 */
export function jsonFieldProblems(object: unknown, fields: readonly FieldSpec[], prefix = '', label = prefix.replace(/\.$/, '')): string[] {
  const problems: string[] = [];
  const at = (where: string, key: string | number) => (typeof key === 'number' ? `${where}[${key}]` : where ? `${where}.${key}` : key);

  const checkObject = (value: unknown, path: string, where: string): void => {
    if (!isObject(value)) {
      problems.push(`${where || 'document'}: an object was expected, found ${JSON.stringify(value)}`);
      return;
    }
    const declared = fields.filter((f) => f.path.startsWith(path) && !f.path.slice(path.length).includes('.'));
    const keys = new Set(declared.map((f) => f.path.slice(path.length)));
    for (const key of Object.keys(value)) if (!keys.has(key)) problems.push(`${at(where, key)}: written but not declared`);
    for (const field of declared) {
      const key = field.path.slice(path.length);
      if (!(key in value)) problems.push(`${at(where, key)}: declared (${field.path}) but not written`);
      else checkValue(value[key], field, at(where, key));
    }
  };

  const checkValue = (value: unknown, field: FieldSpec, where: string): void => {
    if (value === null) {
      if (!field.optional) problems.push(`${where}: null, but ${field.path} is not declared optional`);
      return;
    }
    if (!TYPE_CHECKS[field.type](value)) {
      problems.push(`${where}: ${JSON.stringify(value)} is not of type ${field.type}`);
      return;
    }
    const c = field.constraints ?? {};
    if (c.enum && !c.enum.includes(String(value))) problems.push(`${where}: ${JSON.stringify(value)} is not one of ${c.enum.join(', ')}`);
    if (c.pattern && !c.pattern.test(String(value))) problems.push(`${where}: ${JSON.stringify(value)} does not match ${c.pattern}`);
    if (c.minimum !== undefined && Number(value) < c.minimum) problems.push(`${where}: ${String(value)} is below ${c.minimum}`);
    if (c.maximum !== undefined && Number(value) > c.maximum) problems.push(`${where}: ${String(value)} is above ${c.maximum}`);
    const items = `${field.path}[].`;
    if (fields.some((f) => f.path.startsWith(items))) {
      (value as unknown[]).forEach((item, i) => checkObject(item, items, at(where, i)));
      return;
    }
    const described = describedKeys(field);
    if (!described) return;
    (value as unknown[]).forEach((item, i) => {
      const keys = isObject(item) ? Object.keys(item) : [];
      if (keys.join(', ') !== described.join(', '))
        problems.push(
          `${at(where, i)}: keys { ${keys.join(', ')} }, but the description of ${field.path} names { ${described.join(', ')} }`,
        );
    });
  };

  checkObject(object, prefix, label);
  return problems;
}

/** What disagrees between a JSON or GeoJSON file (its written body) and its declared fields: for GeoJSON, the properties of each feature. */
export function jsonFileProblems(file: Pick<OpenDataFile, 'format' | 'body' | 'fields'>): string[] {
  const document: unknown = JSON.parse(file.body);
  if (file.format !== 'geojson') return jsonFieldProblems(document, file.fields);
  const features = isObject(document) && Array.isArray(document.features) ? (document.features as unknown[]) : [];
  return features.flatMap((feature, i) =>
    jsonFieldProblems(isObject(feature) ? feature.properties : undefined, file.fields, 'properties.', `features[${i}].properties`),
  );
}
