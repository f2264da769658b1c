import { ApiProperty } from '@nestjs/swagger';
import type { AuthorityOrderDocumentRecord } from '@samverka/shared';

export class AuthorityOrderDocumentDto implements AuthorityOrderDocumentRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty({ type: String, nullable: true }) fileName: string | null;
  @ApiProperty({ example: 'application/pdf' }) contentType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) uploadedBy: string | null;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
}
