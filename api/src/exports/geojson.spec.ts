import { pointFeatureCollection } from '../../test/geojson';
import { nonprofitsFeatureCollection } from './geojson';

const tafel = {
  id: '6f1c2b8e-3a0e-4b8e-9d3c-0a1b2c3d4e5f',
  name: 'Tafel Lübeck',
  causes: ['POVERTY' as const],
  district: 'Buntekuh',
  latitude: 53.8655,
  longitude: 10.6866,
};

describe('GeoJSON of nonprofits', () => {
  it('puts longitude before latitude and passes the RFC 7946 schema', () => {
    const collection = nonprofitsFeatureCollection([tafel]);
    expect(collection.features[0].geometry.coordinates).toEqual([10.6866, 53.8655]);
    expect(pointFeatureCollection.safeParse(collection).success).toBe(true);
  });

  it('leaves out impossible positions instead of drawing them somewhere', () => {
    const collection = nonprofitsFeatureCollection([
      tafel,
      { ...tafel, id: 'b', latitude: 95, longitude: 10 },
      { ...tafel, id: 'c', latitude: 53, longitude: Number.NaN },
    ]);
    expect(collection.features.map((feature) => feature.id)).toEqual([tafel.id]);
  });

  it('is checked by a schema that refuses swapped axes, crs members and missing properties', () => {
    const valid = nonprofitsFeatureCollection([tafel]);
    const swapped = structuredClone(valid);
    swapped.features[0].geometry.coordinates = [53.8655, 190];
    expect(pointFeatureCollection.safeParse(swapped).success).toBe(false);
    expect(pointFeatureCollection.safeParse({ ...valid, crs: { type: 'name' } }).success).toBe(false);
    const withoutProperties = structuredClone(valid) as unknown as { features: Record<string, unknown>[] };
    delete withoutProperties.features[0].properties;
    expect(pointFeatureCollection.safeParse(withoutProperties).success).toBe(false);
  });
});
