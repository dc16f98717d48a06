import { type CauseArea } from '@skillshift/shared';

/** The GeoJSON (RFC 7946) of the nonprofits that agreed to appear on public maps, for the city's geoportal. */
export interface MapNonprofit {
  id: string;
  name: string;
  causes: CauseArea[];
  district: string;
  latitude: number;
  longitude: number;
}

export interface PointFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { name: string; causes: CauseArea[]; district: string };
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: PointFeature[];
}

/** Six decimals are about 10 cm: enough for a map, and no false precision from float noise. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

export const isValidPosition = (latitude: number, longitude: number): boolean =>
  Number.isFinite(latitude) &&
  Number.isFinite(longitude) &&
  latitude >= -90 &&
  latitude <= 90 &&
  longitude >= -180 &&
  longitude <= 180;

/**
 * RFC 7946: positions are [longitude, latitude] in WGS 84 (no `crs` member), a Feature has `geometry` and
 * `properties`, its `id` is a string or number. Nonprofits with an impossible position are left out rather than
 * drawn in the wrong place.
 */
export function nonprofitsFeatureCollection(nonprofits: readonly MapNonprofit[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: nonprofits
      .filter((nonprofit) => isValidPosition(nonprofit.latitude, nonprofit.longitude))
      .map((nonprofit) => ({
        type: 'Feature',
        id: nonprofit.id,
        geometry: { type: 'Point', coordinates: [round(nonprofit.longitude), round(nonprofit.latitude)] },
        properties: { name: nonprofit.name, causes: [...nonprofit.causes], district: nonprofit.district },
      })),
  };
}
