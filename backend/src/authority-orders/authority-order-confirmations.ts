import type { EntityManager } from 'typeorm';

/** Whether an information order has had its second pair of eyes (before its data goes out or it is done). */
export async function isConfirmed(manager: EntityManager, orderId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM authority_order_confirmations WHERE order_id = $1`, [orderId]);
  return rows.length > 0;
}
