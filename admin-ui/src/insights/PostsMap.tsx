import { useEffect, useRef } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useLocaleState, useTranslate } from 'react-admin';
import { dateLocaleOf } from '../providers/i18n-provider';
import { PRIORITY_COLOURS } from './chart-parts';
import type { ChartRow } from './insights-api';

/**
 * The tile source, e.g. `https://tiles.example.se/{z}/{x}/{y}.png`. Unset by default: the map
 * then draws the points on a plain background, as it also does while tiles fail to load.
 */
const TILE_URL: string | undefined = import.meta.env.VITE_MAP_TILES || undefined;
const TILE_ATTRIBUTION: string | undefined = import.meta.env.VITE_MAP_ATTRIBUTION || undefined;

/** Roughly Sweden, for a period without points. */
const SWEDEN: L.LatLngBoundsExpression = [
  [55.3, 11.0],
  [69.1, 24.2],
];

interface MapPoint {
  id: string;
  latitude: number;
  longitude: number;
  priority: 'red' | 'yellow';
  createdAt: string;
}

/**
 * The period's red and yellow posts as circles. Leaflet draws them as SVG, so they show with or
 * without a tile layer; the component owns the Leaflet map and rebuilds its markers on new rows.
 */
export const PostsMap = ({ rows }: { rows: ChartRow[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const markers = useRef<L.LayerGroup | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const created = L.map(container.current, { preferCanvas: false, scrollWheelZoom: false, attributionControl: Boolean(TILE_URL) });
    if (TILE_URL) L.tileLayer(TILE_URL, { maxZoom: 18, attribution: TILE_ATTRIBUTION }).addTo(created);
    markers.current = L.layerGroup().addTo(created);
    created.fitBounds(SWEDEN);
    map.current = created;
    return () => {
      created.remove();
      map.current = null;
      markers.current = null;
    };
  }, []);

  useEffect(() => {
    const layer = markers.current;
    if (!map.current || !layer) return;
    layer.clearLayers();
    const points = rows as unknown as MapPoint[];
    const format = new Intl.DateTimeFormat(dateLocaleOf(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
    // Red on top: draw yellow first.
    const ordered = [...points].sort((a, b) => (a.priority === b.priority ? 0 : a.priority === 'red' ? 1 : -1));
    for (const point of ordered) {
      if (typeof point.latitude !== 'number' || typeof point.longitude !== 'number') continue;
      L.circleMarker([point.latitude, point.longitude], {
        radius: 6,
        color: '#ffffff',
        weight: 1,
        fillColor: PRIORITY_COLOURS[point.priority] ?? PRIORITY_COLOURS.yellow,
        fillOpacity: 0.9,
        className: `map-point map-point-${point.priority}`,
      })
        .bindTooltip(`${translate(`samverka.priority.${point.priority}`)} · ${format.format(new Date(point.createdAt))}`)
        .addTo(layer);
    }
    const located = points.filter((point) => typeof point.latitude === 'number' && typeof point.longitude === 'number');
    if (located.length > 0) {
      map.current.fitBounds(L.latLngBounds(located.map((point) => [point.latitude, point.longitude] as L.LatLngTuple)), { padding: [24, 24], maxZoom: 13 });
    }
  }, [rows, locale, translate]);

  const counts = { red: 0, yellow: 0 };
  for (const row of rows) if (row.priority === 'red' || row.priority === 'yellow') counts[row.priority] += 1;
  return (
    <div>
      <div
        ref={container}
        data-testid="posts-map"
        // A region, not an image: Leaflet puts focusable zoom buttons inside, and an image may hold none.
        role="region"
        aria-label={translate('samverka.insights.map.label', { red: counts.red, yellow: counts.yellow })}
        // A plain, light background: what shows where there are no tiles.
        style={{ height: 360, width: '100%', borderRadius: 4, background: '#e8eef2' }}
      />
      <div style={{ display: 'flex', gap: 16, marginTop: 8, fontSize: 13 }}>
        {(['red', 'yellow'] as const).map((priority) => (
          <span key={priority} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
            <span style={{ width: 12, height: 12, borderRadius: '50%', background: PRIORITY_COLOURS[priority], display: 'inline-block' }} />
            {translate(`samverka.priority.${priority}`)}: {counts[priority]}
          </span>
        ))}
      </div>
    </div>
  );
};
