import { ReasonField } from '../../../platform/http/field-decorators.js';

/** A staff action on an account that needs only a reason (suspend, reactivate). */
export class UserActionDto {
  @ReasonField() reason: string;
}
