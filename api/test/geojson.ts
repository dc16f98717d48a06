import { z } from 'zod';

/**
 * The structure RFC 7946 prescribes for a FeatureCollection of Points, as a schema (no GeoJSON validator is installed;
 * zod is). Positions are [longitude, latitude(, altitude)] within WGS 84 bounds; `crs` is gone from the format;
 * a Feature has `geometry` and `properties` (object or null) and an optional string or number `id`; the
 * members `type`, `features`, `geometry`, `coordinates` are required and nothing may be named `coordinates` or
 * `geometry` outside a geometry (section 7.1).
 */
const position = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .rest(z.number())
  .refine((value) => value.length <= 3, { message: 'a position has two or three numbers' });

const point = z.strictObject({ type: z.literal('Point'), coordinates: position, bbox: z.array(z.number()).optional() });

const feature = z
  .looseObject({
    type: z.literal('Feature'),
    id: z.union([z.string(), z.number()]).optional(),
    geometry: point.nullable(),
    properties: z.record(z.string(), z.unknown()).nullable(),
    bbox: z.array(z.number()).optional(),
  })
  .refine((value) => !('crs' in value), { message: 'RFC 7946 has no crs member' })
  .refine(
    (value) =>
      value.properties === null ||
      !Object.keys(value.properties).some((key) => ['coordinates', 'geometry', 'geometries'].includes(key)),
    { message: 'foreign members must not reuse GeoJSON member names' },
  );

export const pointFeatureCollection = z
  .looseObject({
    type: z.literal('FeatureCollection'),
    features: z.array(feature),
    bbox: z.array(z.number()).optional(),
  })
  .refine((value) => !('crs' in value), { message: 'RFC 7946 has no crs member' })
  .refine((value) => !('geometry' in value) && !('coordinates' in value), {
    message: 'a FeatureCollection has no geometry',
  });
