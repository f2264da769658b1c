import type { EntityManager } from 'typeorm';
import { ContentError, ContentErrorCode } from './content.errors.js';

/**
 * The municipality of a position. Given one, the position must lie within its bounding box (when
 * it has one); otherwise the smallest known box that holds the position decides. Boxes are rough:
 * precise borders would need the municipalities' polygons.
 */
export async function municipalityOfPosition(manager: EntityManager, latitude: number, longitude: number, given: string | undefined): Promise<string> {
  if (given) {
    const rows: { inside: boolean | null }[] = await manager.query(
      `SELECT CASE WHEN min_latitude IS NULL THEN NULL
                   ELSE $2 BETWEEN min_latitude AND max_latitude AND $3 BETWEEN min_longitude AND max_longitude END AS inside
         FROM municipalities WHERE id = $1`,
      [given, latitude, longitude],
    );
    if (rows.length === 0) throw new ContentError(ContentErrorCode.UnknownPlace, 'municipalityId names a municipality that does not exist');
    if (rows[0].inside === false) throw new ContentError(ContentErrorCode.OutsideMunicipality, 'latitude/longitude lie outside the municipality given in municipalityId');
    return given;
  }
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM municipalities
      WHERE $1 BETWEEN min_latitude AND max_latitude AND $2 BETWEEN min_longitude AND max_longitude
      ORDER BY (max_latitude - min_latitude) * (max_longitude - min_longitude) LIMIT 1`,
    [latitude, longitude],
  );
  if (rows.length === 0) {
    throw new ContentError(ContentErrorCode.UnknownPlace, 'municipalityId is required: the position is not inside a municipality the platform knows');
  }
  return rows[0].id;
}
