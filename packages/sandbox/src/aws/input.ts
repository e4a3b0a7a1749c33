import { AwsError, constraint } from './errors.js';

/** Typed readers over a JSON request body; a wrong shape is a ValidationException, as in AWS. */
export type Input = Record<string, unknown>;

const camel = (field: string) => field.charAt(0).toLowerCase() + field.slice(1);

export function optionalString(input: Input, field: string): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw constraint(camel(field), 'Member must be a string');
  return value;
}

export function requiredString(input: Input, field: string): string {
  const value = optionalString(input, field);
  if (value === undefined) throw constraint(camel(field), 'Member must not be null');
  return value;
}

export function optionalBoolean(input: Input, field: string): boolean | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw constraint(camel(field), 'Member must be a boolean');
  return value;
}

export function optionalInteger(input: Input, field: string, min: number, max: number): number | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw constraint(camel(field), 'Member must be an integer');
  if (value < min) throw constraint(camel(field), `Member must have value greater than or equal to ${min}`);
  if (value > max) throw constraint(camel(field), `Member must have value less than or equal to ${max}`);
  return value;
}

export function optionalArray(input: Input, field: string, maxLength = Infinity, minLength = 0): unknown[] | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw constraint(camel(field), 'Member must be a list');
  if (value.length < minLength) throw constraint(camel(field), `Member must have length greater than or equal to ${minLength}`);
  if (value.length > maxLength) throw constraint(camel(field), `Member must have length less than or equal to ${maxLength}`);
  return value;
}

export function requiredStringArray(input: Input, field: string, maxLength: number): string[] {
  const value = optionalArray(input, field, maxLength, 1);
  if (value === undefined) throw constraint(camel(field), 'Member must not be null');
  if (!value.every((v): v is string => typeof v === 'string')) throw constraint(camel(field), 'Member must be a list of strings');
  return value;
}

export interface Tag {
  Key: string;
  Value: string;
}

export function optionalTags(input: Input, field: string, maxLength: number, tooMany: () => AwsError): Tag[] | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw constraint(camel(field), 'Member must be a list');
  if (value.length > maxLength) throw tooMany();
  return value.map((tag) => {
    const t = tag as Partial<Tag> | null;
    if (!t || typeof t.Key !== 'string' || t.Key.length < 1 || t.Key.length > 128) {
      throw constraint(`${camel(field)}.member.key`, 'Member must have length between 1 and 128');
    }
    if (typeof t.Value !== 'string' || t.Value.length > 256) {
      throw constraint(`${camel(field)}.member.value`, 'Member must have length less than or equal to 256');
    }
    return { Key: t.Key, Value: t.Value };
  });
}

/** Page tokens are opaque to clients: the name of the last item returned, base64url-encoded. */
export function encodePageToken(lastName: string): string {
  return Buffer.from(JSON.stringify({ after: lastName }), 'utf8').toString('base64url');
}

export function decodePageToken(token: string | undefined, invalid: () => AwsError): string | undefined {
  if (token === undefined) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { after?: unknown };
    if (typeof parsed.after === 'string') return parsed.after;
  } catch {
    // fall through: any undecodable token is the same client error
  }
  throw invalid();
}

/** One page of `items` (sorted by `nameOf`) after the token's position. */
export function paginate<T>(items: T[], nameOf: (item: T) => string, after: string | undefined, max: number): { page: T[]; nextToken?: string } {
  const start = after === undefined ? 0 : items.findIndex((item) => nameOf(item) > after);
  const rest = start < 0 ? [] : items.slice(start);
  const page = rest.slice(0, max);
  const last = page[page.length - 1];
  return rest.length > max && last !== undefined ? { page, nextToken: encodePageToken(nameOf(last)) } : { page };
}
