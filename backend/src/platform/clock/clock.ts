/**
 * The time of day, asked of one provider so that what depends on today's date (working-day
 * targets, the demo's dates) can be run at any fixed moment in tests: a weekend, a month end,
 * the change of time, a public holiday.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still at one moment. */
export class FixedClock extends Clock {
  constructor(private readonly at: Date) {
    super();
  }

  now(): Date {
    return new Date(this.at.getTime());
  }
}
