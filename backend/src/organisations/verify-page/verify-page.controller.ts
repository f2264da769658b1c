import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../access/policy.decorator.js';
import { RateLimited } from '../../access/rate-limit/rate-limit.js';
import { CACHE, sendPage } from './page-answer.js';
import { VERIFY_PAGE_PATH } from './verify-page.routes.js';
import { VerifyPageErrorFilter } from './verify-page.filter.js';
import { VerifyPageService } from './verify-page.service.js';
import { VERIFY_PAGE_CSS } from './verify-page.styles.js';
import { pageLanguage } from './verify-page.text.js';

/**
 * The public page that proves a badge, for residents and the QR codes on badges: `/verify/<code>`
 * (outside `/api`, no sign-in), in Swedish or `?lang=en`. There is no route that lists badges.
 */
@ApiExcludeController()
@Controller(VERIFY_PAGE_PATH)
@UseFilters(VerifyPageErrorFilter)
export class VerifyPageController {
  constructor(private readonly page: VerifyPageService) {}

  @Get()
  @Public()
  form(@Query('code') code: unknown, @Query('lang') lang: unknown, @Res() response: Response): void {
    sendPage(response, this.page.form(code, pageLanguage(lang)));
  }

  @Get('assets/verify.css')
  @Public()
  styles(@Res() response: Response): void {
    response.set('Cache-Control', CACHE.styles).type('css').send(VERIFY_PAGE_CSS);
  }

  /** Draws on the public check's rate limit: the page and the API share one budget per address. */
  @Get(':code')
  @Public()
  @RateLimited('public-check')
  async badge(@Param('code') code: string, @Query('lang') lang: unknown, @Res() response: Response): Promise<void> {
    sendPage(response, await this.page.badge(code, pageLanguage(lang)));
  }
}
